"""What the clause around an expression says, as the tagger reads it before resolving: the
tense and its cue, whether the piece says "today", the word before the expression, and whether
the piece is a note (a post's verbless plan); moved out of ``tagger`` so the tagger stays a
driver (session 10)."""

from __future__ import annotations

import re

from summarize import regex_cache as rx

from .candidate import Candidate
from .patterns import NOT_AFTER_SUBJECT, alt
from .post_days import (
    available_day,
    contracted_notice,
    ended_state,
    farewell_day,
    looked_back_day,
    post_plan,
    released_day,
    tv_listing_day,
)
from .requests import offered_day, planned_day, request_cue
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .resources.day_words import DAY_WORDS
from .resources.determiners import DETERMINERS
from .resources.post_days import END_DAY_LEADS, FAREWELL, LONGED_FOR_AFTER
from .resources.post_locale import EMOJI, POST_LENGTH
from .resources.units import POST_FILLERS
from .resources.verbs import (
    ASKING_VERBS,
    CONDITIONAL_MODALS,
    DEADLINE_GIVERS,
    DECISION_VERBS,
    EXPECTED_DAY_WORDS,
    FORECAST_CUES,
    FORECAST_NOUNS,
    FORECAST_WORDS,
    FORWARD_VERBS,
    FUTURE_MODALS,
    IRREGULAR_PAST,
    LEARNING_VERBS,
    NOT_PAST_ED,
    ORDERING_VERBS,
    PARTICIPLES,
    PAST_AUX,
    PAST_BE,
    POSSIBILITY_MODALS,
    POST_NOTICE_PARTICIPLES,
    RELATIVE_INVARIANT_PAST,
    SCHEDULING,
    WEATHER_PRESENT_VERBS,
    WEATHER_SUBJECTS,
    WHOLE_BEFORE,
)
from .tense import PieceWords, clause_tense
from .words import is_weekday


def said(text: str, cand: Candidate, lo: int, hi: int, words: PieceWords, today: bool
          ) -> tuple[str, str, bool, bool, str, bool, bool]:
    """What the piece [lo, hi) says around an expression: its tense and cue, ``today`` (it
    says "today"), the word before it, whether the piece is a note and whether it asks for
    the day (``Anchors.asked``)."""
    tense = clause_tense(text, cand.start, cand.end, lo, hi, words)
    label, cue, explicit = tense.label, tense.cue, tense.explicit
    if label in ("present", "past") and (aside := _ASIDE.match(text, cand.end, hi)) \
            and cue.lower().split()[-1:] in ([w] for w in aside.group(1).lower().split()):
        label, cue, explicit = "", "", False  # "No practice Tues (field's being reseeded)"
    ended = ended_state(text, lo, cand, label)
    if ended:  # "the heat lasted through Wednesday": a state over, its end behind (session 12)
        label, cue = "past", ended
    start = cand.start
    lower_weekday = _lower_weekday(cand)  # asked below up to five times, of ``cand`` alone
    # ... and so is whether it holds a bare weekday, in up to six of the branches below
    bare_weekday = cand.kind in ("weekday", "pod", "datetime") and _bare_weekday_in(cand)
    joined = _RANGE_FROM.search(text, max(lo, start - 14), start) if lower_weekday \
        else None
    if joined:  # "wed & thu": the range's start is no word of a note
        start = joined.start()
    # "sat-sun", "sat 18th may": when every "sat" of the piece is a day, none is "sit"
    sats = [w.start() for w in _SAT.finditer(text, lo, hi)] if cue == "sat" else []
    if sats and len(sats) == len(_ANY_SAT.findall(text, lo, hi)) and all(
            _SAT_AS_DAY.match(text, w) for w in sats):
        label, cue, explicit = "", "", False
    elif cue.lower() == "sat" and _every_sat_after_a_clock(text, lo, hi):
        label, cue, explicit = "", "", False  # "from 22:00 Sat until 06:00 Mon" (session 24)
    to = _RANGE_TO.match(text, cand.end, hi) if lower_weekday else None
    end = to.end() if to else cand.end  # "mon-tue": the range's end is no word of a note
    note = label in ("", "present") and is_note(
        text, lo, hi, start, end, asks=label == "present")
    prep = _prev_word(text, max(lo, cand.start - 12), cand.start)
    prep = _PREP_SPELLINGS.get(prep, prep)  # "til sunday" is "till sunday" (session 19)
    if prep in _JOINING_DAYS and bare_weekday:
        first = _JOINED_WEEKDAY.search(text, max(lo, cand.start - 40), cand.start)
        if first:  # "more rain is likely Thursday and Friday": the word before the first day
            prep = first.group(1).lower()  # hangs both on the clause (session 28)
    if not note and label != "past" and lower_weekday \
            and prep != "since":  # a post's "no work monday!!! bbq sunday, bring a chair"
        note = is_note(text, *_fragment(text, lo, hi, start, end), start, end)
        if note:  # a verb beyond the fragment governs another fragment
            label, cue, explicit = "", "", False
    elif not note and not label and bare_weekday and prep != "since" \
            and len(text) <= POST_LENGTH and _headed_fragment(text, lo, hi, start, end):
        # a post's capitalised day in a verbless fragment after its event ("Decider Thursday in
        # Leeds, first ball 2pm", "No rehearsal Thurs (hall's being painted), ...") or after a
        # fixture's heading ("Next up: away at Elm Park Sat 3pm"): a plan (session 26)
        note, label, cue, explicit = True, "", "", False
    if not note and label == "past" and bare_weekday and len(text) <= POST_LENGTH \
            and _weekday_first(cand) and _own_present_after(text, lo, cand):
        # "a year ago he took his first steps, friday he's starting nursery": the day opens a
        # present clause of its own after a comma, a plan (session 26)
        note, label, cue, explicit = True, "", "", False
    if label == "past" and cand.kind in ("weekday", "pod", "datetime") \
            and len(text) <= POST_LENGTH and not cand.fields.get("poss") \
            and not cand.fields.get("plural") and _offered(text, lo, cand.start, cue):
        label, cue = "present", f"is {cue}"  # "mulled wine served this Friday": an offer
    if not note and not label and _timed_post_weekday(cand):
        note = True  # "market sat 10am till 4", "ON SALE FRIDAY 10AM": a verbless timetable
    if not note and label == "past" and lower_weekday and prep != "since" \
            and _past_told_apart(text, lo, cand, cue):  # "confirmed: no ferries tues"
        a, b = _fragment(text, lo, hi, cand.start, cand.end)
        if is_note(text, a, b, cand.start, cand.end):
            note, label, cue, explicit = True, "", "", False
    if not note and lower_weekday and (
            (label == "past" and cue.lower() in POST_NOTICE_PARTICIPLES)
            or (label == "" and _prev_word(text, max(lo, start - 12), start)
                in POST_NOTICE_PARTICIPLES)):
        # "bakery closed wed-thu", "booked tues off", "pool shut wed"
        note, label, cue, explicit = True, "", "", False
    if not note and label != "past" and _FAREWELL.search(text, max(lo, cand.start - 24),
                                                         cand.start):
        note = True  # "see u sat night at the boathouse": a farewell names a day ahead
    if not note and (label != "past" or lower_weekday) and _JOINED_TO_TODAY.search(
            text, max(lo, cand.start - 24), cand.start):
        note, label, cue, explicit = True, "", "", False  # "closed today and monday": ahead
    asked = False
    if _LOOKING_FORWARD.search(text, max(lo, cand.start - 16), cand.start):
        label, cue, explicit, asked = "future", "roll on", True, True  # "roll on the weekend"
    elif _LONGED_FOR.match(text, cand.end, hi):  # "friday can't come fast enough": ahead
        label, cue, explicit, asked = "future", "can't come soon enough", True, True
    elif label == "past" and cue.lower() in ("was expected", "were expected") \
            and _EXPECTED_BEFORE.search(text, max(lo, cand.start - 80), cand.start) \
            and _BUT_AFTER.search(text, cand.end, hi) is None:
        # "was expected back in port on Monday", "rain was expected Sunday night": what was
        # expected lies ahead of the telling, as after "was expected to" ("was expected Friday
        # but came a day late" keeps the past; session 20)
        label, explicit = "future", True
    elif label in ("", "present") and cand.kind in ("weekday", "pod", "datetime") \
            and _weekday_first(cand) and (future := _FUTURE_AFTER.match(text, cand.end, hi)):
        # "the palace says Wednesday will be a day of mourning": the day is the future's
        # subject (session 20)
        label, cue, explicit = "future", future.group(1), True
    elif label != "past" and not explicit and len(text) <= POST_LENGTH and _weekday_first(cand) \
            and _INVITED.match(text, cand.end, hi):
        # "digging potatoes sat 10ish if anyone wants to help": an open invitation after the
        # day, which lies ahead whatever the clause's own verbs say (session 31)
        label, cue, explicit = "future", "if anyone wants to", True
    elif label != "past" and (request := request_cue(text, lo, cand.start, cand.end)):
        label, cue, explicit, asked = "future", request, True, True  # "remind me on friday"
    elif label in ("", "present") and cand.kind == "weekday" and _bare(cand) \
            and offered_day(text, lo, cand.start, cand.end):
        label, cue, explicit, asked = "future", "works", True, True  # "thurs works for the viewing"
    elif (label in ("", "present") or (label == "past" and _past_told_apart(
                text, lo, cand, cue) and not _PAST_AFTER.match(text, cand.end, hi))) \
            and cand.kind in ("weekday", "pod", "datetime") \
            and _weekday_first(cand) and planned_day(text, lo, cand.start):
        # "we're doing the fair on saturday"; "... took ages. heading up to york sat morn":
        # a plan's gerund opening the fragment after a past one's mark (session 26)
        label, cue, explicit = "future", "plan", True
    elif not label and bare_weekday and prep in END_DAY_LEADS:
        # "CAR PARK RESURFACING ENDS FRI": a notice in capitals, whose present the tense
        # reader leaves unread, names the day it ends, ahead (session 26, round 2)
        label, cue, explicit = "future", prep, True
    elif label in ("", "present") and prep in EXPECTED_DAY_WORDS:
        label, cue, explicit = "future", prep, True  # "speeches likely Thursday": ahead
    elif label != "future" and bare_weekday and _resumes(text, lo, cand.start):
        # "closed Easter Sunday, normal hours from Tues", "shut today, back to normal weds": a
        # notice's return to its usual hours, ahead (session 24, round 2)
        label, cue, explicit = "future", "normal hours from", True
    elif label in ("", "present") and _ON_SALE.search(text, max(lo, cand.start - 16), cand.start):
        label, cue, explicit = "future", "on sale", True  # "tickets on sale friday 10am"
    elif bare_weekday and _weather_ahead(text, lo, cand.start, label, cue):
        # "a cold front brings heavy rain late Thursday", "highs reach 70 on Saturday,
        # forecasters said": weather's present verb tells a forecast (session 22)
        label, cue, explicit = "future", "forecast", True
    elif cand.kind == "pod" and prep in ("by", "until", "till", "after", "around") \
            and cand.text.lower() in _DAYLESS_NIGHT \
            and _weather_ahead(text, lo, cand.start, label, cue):
        # "storms clear out by midnight": a forecast's present names the night ahead, not
        # the night of a day gone that its sentence named first (session 25)
        label, cue, explicit = "future", "forecast", True
    elif cand.kind == "weekday" and cand.fields.get("poss") and prep == "from" \
            and _PRODUCT_FROM.search(text, max(lo, cand.start - 40), cand.start):
        # "counting ballots from Sunday's election", "footage from Friday's match": what an
        # event left behind, so the event is past whatever the clause's tense (session 22)
        label, cue, explicit = "past", "from", True
    elif cand.kind == "weekday" and cand.fields.get("poss") and label != "past" \
            and prep in ("in", "at", "during") and _done_in(text, lo, cand.start):
        # "will recount every ballot cast in Sunday's referendum": a thing done in the event
        # tells it already held, whatever the clause's tense (session 31)
        label, cue, explicit = "past", "done in", True
    elif prep == "for" and cand.kind == "weekday" and _chance_for(text, lo, cand, label, cue):
        # "gave a 70 percent chance of good weather for Thursday": a forecast's day, ahead
        # even when the giving is told in the past, as "was forecast for" (session 22)
        label, cue, explicit = "future", "chance for", True
    elif label != "future" and bare_weekday and _gets_done(text, lo, cand.start, label, cue):
        # "the new mayor gets sworn in on Tuesday": a present of "get" and a participle
        # names an event set for a day, as a scheduled present does (session 25)
        label, cue, explicit = "future", "gets", True
    elif prep != "for" and bare_weekday and _chance_of_weather(text, lo, cand, label, cue):
        # "forecasters see a chance of showers Tuesday night": the weather a chance is given
        # for names its day with no "for", ahead as with it (session 25)
        label, cue, explicit = "future", "chance of", True
    elif label != "future" and bare_weekday and (added := _ADDED_FOR_DAY.search(
                text, max(lo, cand.start - 64), cand.start) or _REPORTS_RESULTS.search(
                text, max(lo, cand.start - 72), cand.start)):
        # "we've added a second seating Saturday at 9pm": a present perfect of adding or
        # laying on a thing puts it on a day still to come ("had added" keeps the past);
        # "Harlan Foods reports Q3 results Thursday": a company's present of reporting its
        # results names a day ahead ("reported" keeps it behind; session 25)
        label, cue, explicit = "future", " ".join(added.group().split()[:2]), True
    elif bare_weekday and label != "future" and not cue.lower().startswith("had") \
            and _PLANNED_FOR.search(text, max(lo, cand.start - 64), cand.start):
        # "cancelled 14 flights for Friday", "has added a screening for Saturday morning": a
        # thing arranged for a day is still to come when told, whatever the verb's tense
        # (session 24; "flights were cancelled on Friday" keeps its past)
        label, cue, explicit = "future", "for", True
    elif cand.kind == "weekday" and cand.fields.get("poss") and label != "future" \
            and _CALLED_OFF.match(text, cand.end, hi):
        # "Saturday's match has been called off": called off ahead of it (session 24; "was
        # called off" keeps its past)
        label, cue, explicit = "future", "has been called off", True
    elif label != "past" and prep == "for" and cand.kind == "weekday" \
            and _PROVIDED_FOR.search(text, max(lo, cand.start - 48), cand.start):
        # "tickets still available for Saturday", "the forecast for Sunday": what is kept or
        # told for a day names one ahead (session 19)
        label, cue, explicit = "future", "for", True
    elif label in ("", "present") and bare_weekday and prep == "on" \
            and _AHEAD_OF_EVENT.search(text, max(lo, cand.start - 72), cand.start):
        # "is touring Fife ahead of a closing recital on Saturday": the event a present
        # clause leads up to is still to come (session 30; a past clause's "rose ahead of the
        # vote on Thursday" may tell of an event gone, and keeps its reading)
        label, cue, explicit = "future", "ahead of", True
    if prep == "least":  # "until at least Monday": the hedge leaves the deadline a deadline
        hedged = _HEDGED_DEADLINE.search(text, max(lo, cand.start - 24), cand.start)
        prep = hedged.group(1).lower() if hedged else prep
    elif prep == "as" and _AS_EARLY_AS.search(text, max(lo, cand.start - 24), cand.start):
        prep = "by"  # "could be lifted as early as Friday": a time ahead, unless told as past
    if label == "past" and prep in ("until", "till") and cue.lower().partition(" ")[0] \
            in PAST_BE and _timed_weekday(cand):
        label, cue, explicit = "", "", False  # "were in effect until 7 a.m. Friday": ahead
    elif label == "past" and prep in ("until", "till") and _GIVEN_UNTIL.search(
            text, max(lo, cand.start - 48), cand.start):
        label, cue, explicit = "", "", False  # "gave the firms until Friday to reply": ahead
    elif label == "past" and prep in ("until", "till", "through") \
            and _ordered_until(text, lo, cand.start, cue):
        # "ordered state offices closed until Monday": the state an order sets runs on past
        # the telling, its end ahead (session 27); "flags flew ... until Monday" stays past
        label, cue, explicit = "future", f"{cue} ... {prep}", True
    elif (label == "past" or (label == "future" and not explicit)) \
            and prep in ("through", "until", "till") and _forecast_end(text, lo, cand.start):
        # "was likely to keep falling through Monday" reads future since session 24, round 2
        label, cue, explicit = "future", "forecast", True  # "rain was likely through Monday"
    elif label == "past" and bare_weekday and _asked_to(text, lo, cand.start, cand.end, hi, cue):
        # "a mediator has asked both sides to return to the table Wednesday": the thing asked
        # for lies ahead of the asking (session 31)
        label, cue, explicit = "future", f"{cue} ... to", True
    if label == "future" and not explicit and _warned_possibility(text, lo, cand.start, cue):
        explicit = True  # "forecasters warned it could come ashore late Wednesday": ahead
    elif label == "future" and not explicit and bare_weekday \
            and _open_decision(text, lo, hi, cand):
        # "the board may decide Friday whether to sell", "Senate Could Vote Thursday": a
        # decision still open, the day it may come ahead (session 27)
        explicit = True
    elif label == "future" and not explicit and "have" not in cue.lower().split() \
            and _AHEAD_BEFORE.search(text, lo, cand.start):
        # "should start to climb after 11 p.m. tonight and peak around 3 a.m. Sunday": the
        # weak future's clause already looks ahead (session 22)
        explicit = True
    elif label == "future" and not explicit \
            and cue.partition(" ")[0].lower() in CONDITIONAL_MODALS \
            and _CLOCK_RANGE_TO.search(text, max(lo, cand.start - 32), cand.start) is not None \
            and _timed_weekday(cand):
        explicit = True  # "would last from 8am to 4pm on Thursday": a stretch set ahead
        # (session 15; an open condition after it, "would strike Monday if no deal is reached",
        # was tried and withdrawn: it lowered Timeline17's check half)
    if not note and label in ("", "present") and tv_listing_day(text, cand, lo, hi):
        note, label, cue, explicit = True, "", "", False  # "season premiere sunday 9/8c"
    if not note and contracted_notice(text, lo, cand, label, cue):
        label, cue = "present", f"is {cue}"  # "school's cancelled monday": "is cancelled"
    if not note and post_plan(text, cand, lo, hi, label, cue, prep):
        note = True  # a post's notice or plan: "library is closed Monday" (session 12)
    elif not note and released_day(text, cand, lo, hi, label, cue, prep):
        note, label, cue, explicit = True, "", "", False  # "Grades out Thursday and ..."
    elif available_day(text, cand, lo, label):  # "free wednesday evening if u want to call"
        note, label, cue, explicit = True, "", "", False
    elif farewell_day(text, cand, lo, label):  # "see you all at the wedding on the 31st"
        note = True
    if note and looked_back_day(text, cand, lo, hi, label):
        note = False  # "#tbt sunday", "lovely walk on sunday": a day looked back on
    return (label, cue, explicit, today, prep, note, asked)


#: A weekday's name, full or abbreviated, and what joins two of them into a range ("sat-sun",
#: "wed & thu", "mon to fri").
_ANY_WEEKDAY = alt({*WEEKDAYS, *WEEKDAY_ABBREVIATIONS})
_RANGE_JOIN = r"\s*(?:-|–|&|\+|and|to)\s*"
#: A lower-case weekday joined to the day that follows it ("sat-sun", "wed & thu"): a range's
#: start ("sat" there is no past of "sit"; session 11).
_RANGE_FROM = rx.compile(rf"(?<![\w'’])(?-i:{_ANY_WEEKDAY[3:]}{_RANGE_JOIN}$", re.IGNORECASE)

#: A lower-case "sat" that is a day: a range's start, before a day of the month or a part of
#: day ("sat-sun", "sat 18th may", "sat night"); then no past of "sit" (session 11).
_SAT = rx.compile(rf"(?<![\w'’]){NOT_AFTER_SUBJECT}sat(?![\w'’])")
_ANY_SAT = rx.compile(r"(?<![\w'’])sat(?![\w'’])")
_SAT_AS_DAY = rx.compile(rf"sat(?:{_RANGE_JOIN}sun\b|\s+(?:the\s+)?(?:3[01]|[12]\d|"
                         r"0?[1-9])(?:st|nd|rd|th)?\b|\s+(?:night|nite|morning|afternoon|evening"
                         r"|arvo|morn|aft|eve)\b)")

#: A "sat" in any case, and one right after a clock time ("22:00 Sat", "10am sat"): the day.
_ANY_SAT_CASED = rx.compile(r"(?<![\w'’])sat(?![\w'’])", re.IGNORECASE)
_SAT_AFTER_CLOCK = rx.compile(r"(?:\d:[0-5]\d|\d[ap]m)[ \t]+sat(?![\w'’])", re.IGNORECASE)


def _every_sat_after_a_clock(text: str, lo: int, hi: int) -> bool:
    """Whether every "sat" of the piece [lo, hi) comes right after a clock time, as a notice
    writes its days ("from 22:00 Sat until 06:00 Mon"): none is the past of "sit"."""
    n = len(_ANY_SAT_CASED.findall(text, lo, hi))
    return n > 0 and n == len(_SAT_AFTER_CLOCK.findall(text, lo, hi))


#: A weekday that ends a range after a lower-case one ("sat-sun", "mon & tue").
_RANGE_TO = rx.compile(rf"{_RANGE_JOIN}{_ANY_WEEKDAY}(?![\w'’])", re.IGNORECASE)

#: "roll on", "bring on" right before a time: the writer looks forward to it ("roll on the
#: weekend", "bring on friday"), the coming one (session 11).
_LOOKING_FORWARD = rx.compile(r"\b(?:roll|bring)\s+on\s+$", re.IGNORECASE)
#: A day longed for: "wednesday can't come fast enough" (session 12, round 2).
_LONGED_FOR = rx.compile(LONGED_FOR_AFTER, re.IGNORECASE)
#: An open invitation after a day, in its sentence: "if anyone wants to help", "if u fancy
#: it", "if you're free" (session 31).
_INVITED = rx.compile(
    r"[^.;!?\n]{0,40}?\bif[ \t]+(?:any(?:one|body|1)|u|you|ya|ye|yous|youse)[ \t]+"
    r"(?:wants?|wanna|fancy|fancies|is[ \t]+free|are[ \t]+free|free|keen|can[ \t]+make|"
    r"would[ \t]+like|is[ \t]+up[ \t]+for|are[ \t]+up[ \t]+for|feels?[ \t]+like)\b"
    r"|[^.;!?\n]{0,40}?\bif[ \t]+(?:you['’]re|ur|you[ \t]+are)[ \t]+"
    r"(?:free|about|around|up[ \t]+for)\b",
    re.IGNORECASE)

#: The bare "was/were expected" before the day (not one of a later clause: "said on Monday
#: that it was expected ...").
_EXPECTED_BEFORE = rx.compile(r"\b(?:was|were)\s+expected\b(?!\s+to\b)", re.IGNORECASE)
#: A contrast after the day ("was expected Friday but came late"): the expectation failed.
_BUT_AFTER = rx.compile(r"\b(?:but|yet|instead)\b", re.IGNORECASE)
#: A future verb group right after a day ("Wednesday will be", "Monday's going to be").
_FUTURE_AFTER = rx.compile(r"\s+(will|shall|is\s+going\s+to|['’]s\s+going\s+to|['’]ll)\b",
                           re.IGNORECASE)
#: "on sale" right before a time, told with no past ("ON SALE FRIDAY 9AM", "tickets on sale
#: from monday"): a sale announced ahead ("went on sale friday" keeps its past; session 11).
_ON_SALE = rx.compile(r"\bon\s+sale\s+(?:from\s+)?$", re.IGNORECASE)


def _warned_possibility(text: str, lo: int, start: int, cue: str) -> bool:
    """Whether ``cue`` is a possibility ("could reach", "might crest"; not negated, nor "could
    have") after a word of warning or forecasting in its sentence [lo, start) ("forecasters
    warned it could come ashore late Wednesday"): a forecast, so a day it names lies ahead;
    a possibility merely said ("could drop Friday, a trader said") keeps the weak future's
    reading (session 11, newswire)."""
    words = cue.lower().split()
    if not words or words[0] not in POSSIBILITY_MODALS or "not" in words or "have" in words:
        return False
    return any(w.lower() in FORECAST_WORDS for w in _LETTERS.findall(text, lo, start))


_LETTERS = rx.compile(r"[A-Za-z]+")

#: An order's verb, then its object and the state it orders (one to seven words, no mark),
#: then "until"/"till"/"through" right before the expression (session 27).
_ORDERED_UNTIL = rx.compile(rf"\b({alt(ORDERING_VERBS)})\s+(?:[\w'’-]+\s+){{1,7}}?"
                            r"(?:until|till|through|thru|til)\s+$", re.IGNORECASE)


def _ordered_until(text: str, lo: int, start: int, cue: str) -> bool:
    """Whether the past ``cue`` is an order's verb whose object's state ends at the day at
    ``start`` ("ordered flags flown at half-staff until Monday", "were ordered to stay indoors
    through Sunday"): no other verb group between them (the cue is the order's), and not a
    pluperfect ("had ordered", an order since over)."""
    words = cue.lower().split()
    if not words or words[0] == "had":
        return False
    m = _ORDERED_UNTIL.search(text, max(lo, start - 72), start)
    return m is not None and m.group(1).lower() in words


#: A possibility's modal and one verb right before the expression ("could decide Friday",
#: "Could Vote Thursday"): the verb as written.
_MODAL_VERB = rx.compile(r"(?<![\w'’])(?:could|may|might)\s+(find\s+out|[A-Za-z]+)\s+(?:on\s+)?$",
                         re.IGNORECASE)
#: "whether" or "if" after the expression ("decide Friday whether to", "on whether"): an open
#: question the day may settle.
_WHETHER_AFTER = rx.compile(r"\s+(?:on\s+)?(?:whether|if)\b", re.IGNORECASE)


#: A verb that asks or tells someone to do a thing (``ASKING_VERBS``; "called on"), up to five
#: words of its object (no "to"), "to" and the infinitive, then up to six words and a
#: preposition right before the expression ("asked both sides to return to the table", "were
#: told to report on"; session 31).
_ASKED_TO = rx.compile(
    rf"(?<![\w'’])({alt(ASKING_VERBS - {'called'})}|called\s+(?:on|upon))\s+"
    r"(?:(?!to\b)[\w'’-]+\s+){0,5}?to\s+(?!be\b|have\b)[a-z]+"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:(?:by|from)\s+)?(?<!\b[Oo]n\s)$", re.IGNORECASE)


def _asked_to(text: str, lo: int, start: int, end: int, hi: int, cue: str) -> bool:
    """Whether the past ``cue`` is a verb of asking or telling whose to-infinitive the weekday
    at ``start`` follows ("has asked both sides to return to the table Wednesday", "were urged
    to vote Tuesday"): the day of the thing asked for, ahead of the asking; not a pluperfect
    ("had asked them to leave Friday", an asking since over), and not a weekday before "to"
    ("asked on Monday to return": the asking's day), nor one a clause in the simple past
    follows ("asked the jury to return Monday, and it delivered its verdict")."""
    words = cue.lower().split()
    if not words or words[0] == "had":
        return False
    m = _ASKED_TO.search(text, max(lo, start - 96), start)
    return m is not None and m.group(1).lower().split()[0] in words \
        and _JOINED_PAST_AFTER.match(text, end, hi) is None


#: A clause joined after the day whose verb is a simple past ("..., and it delivered its
#: verdict", "but they refused"): the thing asked for was done or refused, a day gone.
_JOINED_PAST_AFTER = rx.compile(
    r"[^.;:!?\n]*?\b(?:and|but|where|when|then)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:(?!{alt(NOT_PAST_ED)}\b)[a-z]{{3,}}ed|{alt(IRREGULAR_PAST - {'ago', 'earlier'})})\b",
    re.IGNORECASE)


def _open_decision(text: str, lo: int, hi: int, cand: Candidate) -> bool:
    """Whether a possibility's modal and its verb stand right before the weekday ``cand``
    (``_MODAL_VERB``: not negated, no "have" or "be" between) and the verb is one of deciding
    or acting (``DECISION_VERBS``: "could rule Thursday", a headline's "Could Act Friday") or
    the weekday opens an open question ("may say Friday whether"): what is undecided lies
    ahead (session 27); so is the day the news may come after a verb of learning
    (``LEARNING_VERBS``: "could find out Monday", "may learn Friday"; session 31)."""
    m = _MODAL_VERB.search(text, max(lo, cand.start - 24), cand.start)
    if m is None:
        return False
    verb = " ".join(m.group(1).lower().split())
    return verb in DECISION_VERBS or verb == "find out" \
        or (verb in LEARNING_VERBS and verb != "find") \
        or _WHETHER_AFTER.match(text, cand.end, hi) is not None


#: A forecast's cue, then up to four words, then "through"/"until" right before the expression
#: ("was likely through", "were expected to linger through", "forecast to last until").
_FORECAST_THROUGH = rx.compile(rf"\b{alt(FORECAST_CUES)}\s+(?:[\w'’-]+\s+){{0,4}}?"
                               r"(?:through|until|till)\s+$", re.IGNORECASE)


def _forecast_end(text: str, lo: int, start: int) -> bool:
    """Whether the expression ends a forecast told in the past ("forecasters said more rain
    was likely through Monday"): a cue of ``FORECAST_CUES`` and weather or forecasters in the
    sentence [lo, start), so the day lies ahead (session 15, newswire)."""
    cue = _FORECAST_THROUGH.search(text, max(lo, start - 64), start)
    return cue is not None and any(
        w.lower() in FORECAST_NOUNS for w in _LETTERS.findall(text, lo, start))


#: Weather and a present verb of a forecast right after it ("a cold front brings", "highs
#: reach"), with up to eight words to the day.
_WEATHER_PRESENT = rx.compile(rf"\b{alt(WEATHER_SUBJECTS)}\s+{alt(WEATHER_PRESENT_VERBS)}\b"
                              r"(?=(?:\s+[\w'’,.$%-]+){0,8}?\s+$)", re.IGNORECASE)
#: A reporting verb after the day in its sentence ("..., forecasters said"), and the same
#: verb anywhere before it (then it is the clause's own).
_SAID_AFTER = frozenset({"said", "say", "says"})
_SAID_WORD = rx.compile(r"\b(?:said|says|say)\b", re.IGNORECASE)


#: A night's words with no day of their own, dated by the forecast that names them.
_DAYLESS_NIGHT = frozenset({"midnight", "nightfall", "dusk", "sunset"})


def _weather_ahead(text: str, lo: int, start: int, label: str, cue: str) -> bool:
    """Whether the day at ``start`` closes a forecast's present clause: weather and a present
    verb of ``WEATHER_PRESENT_VERBS`` before it, and no tense of its own found but a reporting
    verb after it ("..., forecasters said"): the day lies ahead. A past verb ("brought",
    "dropped") keeps the past (session 22)."""
    if label not in ("", "present") and not (
            label == "past" and cue.lower() in _SAID_AFTER
            and _SAID_WORD.search(text, lo, start) is None):
        return False
    return _WEATHER_PRESENT.search(text, max(lo, start - 120), start) is not None


#: A return to the usual hours or service right before a day ("normal hours from", "usual
#: service resumes on", "reopens from", "back to normal", "open as normal from").
_RESUMES = rx.compile(
    r"\b(?:(?:normal|usual|regular|full)\s+(?:opening\s+)?(?:hours|service|services|timetable|"
    r"times|collections)(?:\s+(?:resumes?|returns?|again|apply))?|re-?opens?|re-?opening|"
    r"back\s+to\s+normal|back\s+open|open\s+(?:as\s+)?(?:normal|usual|again))"
    r"\s+(?:from\s+|on\s+)?$", re.IGNORECASE)


def _resumes(text: str, lo: int, start: int) -> bool:
    """Whether a notice's return to its usual hours opens the fragment that ends at the day at
    ``start`` ("..., normal hours from Tues", "back to normal wed"): no subject or verb of its
    own before it ("services were back to normal on Monday" tells the past)."""
    m = _RESUMES.search(text, max(lo, start - 48), start)
    if m is None:
        return False
    a = max((f.end() for f in _FRAGMENT_END.finditer(text, lo, m.start())), default=lo)
    return text[a:m.start()].strip().lower() in ("", "and", "then", "but")


#: A post's farewell right before a day ("see u sat", "see you all on friday", "cya sunday");
#: with a place between, or an offer ("free wednesday evening"), ``post_days`` decides.
_FAREWELL = rx.compile(rf"\b{FAREWELL}\s+(?:all\s+|guys\s+)?(?:on\s+)?$", re.IGNORECASE)

#: A weekday joined to "today", "tonight" or "tomorrow" ("school closed today and monday",
#: "off tmrw & fri"): a day next to them, ahead (session 10, round 2).
_JOINED_TO_TODAY = rx.compile(rf"\b{alt(DAY_WORDS)}\s*,?\s*(?:and|or|&|n|\+)\s+(?:on\s+)?$",
                              re.IGNORECASE)

#: A verb that gives someone time, then up to four words, then "until"/"till" right before the
#: expression ("gave both firms until", "granted the owners till"): a deadline (session 11).
_GIVEN_UNTIL = rx.compile(r"\b(?:" + "|".join(sorted(DEADLINE_GIVERS)) + r")\s+"
                          r"(?:[\w'’-]+\s+){0,4}(?:until|till)\s+$", re.IGNORECASE)

#: "as early as", "as soon as" before a weekday: the earliest time something may happen, read
#: as a deadline is (session 10).
_AS_EARLY_AS = rx.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.IGNORECASE)

#: A deadline preposition before the hedge "at least" ("until at least 6 a.m. on Thursday").
_HEDGED_DEADLINE = rx.compile(r"\b(until|till|by|before)\s+at\s+least\s+$", re.IGNORECASE)


#: Spellings of a preposition read as the one its rules know.
#: ... and office shorthand before a day, a deadline as "by" is ("eod fri", "cob wed"; s24).
_PREP_SPELLINGS = {"til": "till", "untill": "until", "thru": "through", "eod": "by", "cob": "by"}


#: A thing kept, sold or told for a day, and "for" up to the expression (up to six words may
#: come between: "reservations at the cafe still open for").
_PROVIDED_FOR = rx.compile(
    r"\b(?:tickets?|reservations?|seats|tables?|places|spots|slots|bookings?|forecast|outlook)"
    r"(?:\s+[\w'’-]+){0,6}?\s+for\s+$", re.IGNORECASE)


#: A present perfect of adding or laying on a thing, then the thing (one to four words, no
#: relative or complementiser) right before the day, "on" or "for" between ("we've added a
#: second seating Saturday", "has laid on extra buses on Friday"; session 25).
_ADDED_FOR_DAY = rx.compile(
    r"(?:\b(?:has|have)|['’]ve|\b(?:ive|weve|theyve))\s+(?:just\s+|now\s+|also\s+)?"
    r"(?:added|laid\s+on|put\s+on|lined\s+up|opened\s+up|scheduled|booked)"
    r"(?:\s+(?!(?:that|which|who|it|he|she|they|we|this)\b)[\w'’-]+){1,4}?"
    r"\s+(?:on\s+|for\s+)?$", re.IGNORECASE)
#: A company's present of reporting its results before the day, up to six words between
#: and no mark ("reports Q3 results before the open", "posts quarterly earnings after the
#: bell"; session 25).
_REPORTS_RESULTS = rx.compile(
    r"\b(?:reports|posts|releases|publishes|announces|unveils)\s+(?:[\w'’$-]+\s+){0,3}?"
    r"(?:results|earnings|figures|numbers)(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+)?$",
    re.IGNORECASE)
#: A thing arranged for a day, then "for" right before the expression ("cancelled 14 domestic
#: flights for", "the early cancellations for", "a third screening for", "on order for"); up to
#: three words between (not a mark), and a weekday and "and"/"or" after "for" ("flights for
#: Friday and Saturday").
_PLANNED_FOR = rx.compile(
    r"\b(?:flights?|sailings?|crossings?|departures?|services|trains|screenings?|showings?|"
    r"performances?|matches|match|games?|fixtures?|races?|classes|lessons|exams?|"
    r"cancell?ations?|postponements?|bookings?|appointments?|deliver(?:y|ies)|on\s+order|"
    r"rehearsals?|concerts?|gigs?|shifts?|events?|closures?|sessions?|timetable|schedule|"
    r"itinerary|menu)"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+for\s+(?:{_ANY_WEEKDAY}\s*(?:,|and|or|&)\s*)?$",
    re.IGNORECASE)
#: After a weekday's "'s" and its event (up to eight words, no mark), a present perfect of
#: calling it off ("Saturday's match at the park has already been called off").
_CALLED_OFF = rx.compile(
    r"['’]s\s+(?:[\w'’-]+\s+){1,8}?(?:has|have)\s+(?:(?:already|now|also|since|officially)\s+)?"
    r"been\s+(?:called\s+off|postponed|cancell?ed|scrapped|rescheduled|put\s+back|"
    r"brought\s+forward|moved)\b", re.IGNORECASE)


#: A chance or odds of something, then "for" right before the expression ("a 70 percent
#: chance of acceptable weather for"); up to five words between.
_CHANCE_FOR = rx.compile(r"\b(?:chances?|odds|probability)\s+of(?:\s+[\w'’-]+){1,5}?\s+for\s+$",
                         re.IGNORECASE)


def _chance_for(text: str, lo: int, cand: Candidate, label: str, cue: str) -> bool:
    """Whether the weekday ``cand`` is what a chance is given for: ahead, unless a pluperfect
    ("had given") or a contrast after it ("..., but it stayed dry") tells of a day gone."""
    if _CHANCE_FOR.search(text, max(lo, cand.start - 64), cand.start) is None:
        return False
    return label != "past" or not (cue.lower().startswith("had")
                                   or _BUT_AFTER.search(text, cand.end, cand.end + 40))


#: A present of "get" and a participle (a particle may follow) right before the day, "on"
#: or "at" between: an event set for that day ("gets sworn in on Tuesday", "get married
#: Saturday"; session 25). Not "got", a past.
_GETS_DONE = rx.compile(r"(?<![\w'’])(?:gets|get|getting)\s+(?:\w+(?:ed|en)|sworn|wed|"
                        r"underway)(?:\s+(?:in|off|up|out|under\s+way))?\s+(?:on\s+)?$",
                        re.IGNORECASE)
#: Advice to get a thing done, its object between "get" and the participle ("best get the
#: washing done on", "should get the car serviced", "better get the lawn mowed"; session 27):
#: a task set for a day ahead. Not "should have got", nor a bare "got".
_ADVISED_DONE = rx.compile(
    r"(?<![\w'’])(?:best|better|should|must|gotta|need\s+to|needs\s+to|have\s+to|got\s+to)"
    r"\s+get\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:\w+(?:ed|en)|done|sorted|cut|set|fixed)\s+(?:on\s+|by\s+)?$", re.IGNORECASE)


def _gets_done(text: str, lo: int, start: int, label: str, cue: str) -> bool:
    """Whether "get(s)" and a participle stand right before the day (``_GETS_DONE``), or advice
    to get a thing done (``_ADVISED_DONE``), the clause's past no more than that participle
    ("gets repainted", "best get the hedge cut on Saturday")."""
    done = _GETS_DONE.search(text, max(lo, start - 48), start) \
        or _ADVISED_DONE.search(text, max(lo, start - 64), start)
    return done is not None and (label in ("", "present") or (
        label == "past" and cue.lower() in done.group().lower().split()))


#: A chance of weather right before the day ("a chance of thunderstorms Tuesday night", "a 40
#: percent chance of snow late Friday"; session 25).
_CHANCE_OF_WEATHER = rx.compile(
    r"\b(?:chances?|odds|probability|risk)\s+of(?:\s+[\w'’-]+){0,3}?\s+"
    rf"{alt(FORECAST_NOUNS | WEATHER_SUBJECTS)}(?:\s+(?:late|early|on|overnight))?\s+$",
    re.IGNORECASE)


def _chance_of_weather(text: str, lo: int, cand: Candidate, label: str, cue: str) -> bool:
    """Whether the weekday ``cand`` comes right after the weather a chance is given of: ahead,
    unless a pluperfect or a contrast after it tells of a day gone (as ``_chance_for``)."""
    if _CHANCE_OF_WEATHER.search(text, max(lo, cand.start - 64), cand.start) is None:
        return False
    return label != "past" or not (cue.lower().startswith("had")
                                   or _BUT_AFTER.search(text, cand.end, cand.end + 40))


#: A day ahead named earlier in the sentence ("tonight", "tomorrow", "later today").
_AHEAD_BEFORE = rx.compile(r"\b(?:tonight|tomorrow|later\s+today|this\s+evening)\b",
                           re.IGNORECASE)


#: What an event leaves behind, right before "from" and a weekday's possessive ("ballots
#: from Sunday's election", "footage from Friday's match").
_PRODUCT_FROM = rx.compile(
    r"\b(?:ballots|votes|results|footage|images|pictures|photos|video|videos|damage|debris|"
    r"data|figures|casualties|injuries|fallout|aftermath|lessons|highlights|recordings|"
    r"minutes|transcripts?|evidence|samples|returns|tallies|scores)\s+from\s+$",
    re.IGNORECASE)


#: A word and a past participle right before "in"/"at"/"during" and a weekday's possessive
#: ("every ballot cast in Sunday's referendum", "the goals scored in Saturday's final").
_DONE_IN = rx.compile(r"(?<![\w'’])([A-Za-z'’]+)\s+([a-z]+)\s+(?:in|at|during)\s+$")
#: Words before a participle that make it a verb group of its own clause ("will cast ballots
#: in", "to be held in", "were held in"): then the clause's tense decides, not the participle.
_NOT_NOUN_BEFORE = frozenset({
    "to", "be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "not",
    "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "also", "still",
    "already", "just", "now", "then", "get", "gets", "got",
})


def _done_in(text: str, lo: int, start: int) -> bool:
    """Whether a past participle after a noun ends right before "in"/"at"/"during" and the
    weekday's possessive at ``start`` ("will recount every ballot cast in Sunday's
    referendum"): the event the thing was done in is already held, the last one, whatever the
    clause's tense (session 31). Not a verb group's own word ("will cast ballots in Sunday's
    vote": no participle right before "in"; "to be held in", "expected in": not done)."""
    m = _DONE_IN.search(text, max(lo, start - 40), start)
    if m is None:
        return False
    noun, verb = m.group(1).lower(), m.group(2)
    if noun in _NOT_NOUN_BEFORE or noun in FUTURE_MODALS or noun in PAST_AUX:
        return False
    if verb in PARTICIPLES or verb in RELATIVE_INVARIANT_PAST:
        return verb not in ("set", "put", "let", "come", "gone", "run")
    return len(verb) > 4 and verb.endswith("ed") and verb not in NOT_PAST_ED \
        and verb not in FORWARD_VERBS and verb not in SCHEDULING


#: Words joining a bare weekday to one named right before it ("Thursday and Friday").
_JOINING_DAYS = frozenset({"and", "or"})
#: The word before a weekday's full name that "and"/"or" joins to the expression ("likely
#: Thursday and ", "on Monday or "): the preposition or cue both days hang on.
_JOINED_WEEKDAY = rx.compile(r"(?<![\w'’])([A-Za-z]+)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)"
                             r"day,?\s+(?:and|or)\s+$", re.IGNORECASE)


def _prev_word(text: str, a: int, b: int) -> str:
    """The word ending ``text[a:b]`` before white space (``_PREV_WORD``), lower-cased; "" when
    none. A space after a character that is neither a word's nor a space rules it out at once
    ("budget, 10:30")."""
    if b - a < 2 or not text[b - 1].isspace():
        return ""
    c = text[b - 2]
    if not (c.isspace() or c.isalnum() or c == "_"):  # \w is isalnum() or "_"
        return ""
    # the search's match starts where the last run of word characters before the closing
    # white space starts (or at ``a``): the last token of the window with its white space
    # stripped (both ``str`` methods strip and split at what ``\s`` matches), when all of it
    # is a word's (``\w``, less "_": ``isalnum``); else the search decides
    last = text[a:b].rstrip().rpartition(" ")[2]
    if last.isalnum():
        return last.lower()
    prev = _PREV_WORD.search(text, a, b)
    return prev.group(1).lower() if prev else ""


_PREV_WORD = rx.compile(r"(\w+)\s+$")
_TODAY = rx.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
#: A letter beyond ASCII: only such a letter can match one of ``_TODAY``'s letters case-blind
#: without lower() giving that letter ("ſ" is an "s", "İ" an "i").
_NON_ASCII_LETTER = rx.compile(r"[^\W\d_\x00-\x7f]")


def says_today(text: str, lo: int, hi: int) -> bool:
    """Whether the piece [lo, hi) says "today", "tonight" or "this morning" (``_TODAY``), ruled
    out at once when its lower-cased text holds none of "today", "tonight" and "this" and it
    has no letter beyond ASCII: cheaper than the case-blind search of a long piece."""
    low = text[lo:hi].lower()
    if "today" not in low and "tonight" not in low and "this" not in low \
            and _NON_ASCII_LETTER.search(text, lo, hi) is None:
        return False
    return _TODAY.search(text, lo, hi) is not None


#: Words a note may hold besides its time ("see you", "dinner on"): at most NOTE_WORDS of
#: them, prepositions and the people addressed not counted, in a sentence of at most
#: NOTE_LENGTH characters; a question with no past form is a plan at any length up to it.
_NOTE_WORD = rx.compile(r"(?<![\w'’])(?!(?:on|at|by|until|till|from|for|with|you|u|we|us|me|"
                        r"i|guys|all|ours|mine|noon|ish|" + "|".join(POST_FILLERS)
                        + r")\b)[A-Za-z][A-Za-z'’]*")
_QUESTION = rx.compile(r"\?[\s\"”’')]*$")
NOTE_WORDS = 2
NOTE_LENGTH = 60


def is_note(text: str, lo: int, hi: int, start: int, end: int, asks: bool = False) -> bool:
    """Whether the sentence [lo, hi) is a note with no verb around the expression at
    [start, end) ("sunday 2pm", "dentist tues 4pm") or a short question ("are you free
    thursday?"; ``asks``: only a question will do): a time it names lies ahead. A past form
    the tense reader leaves open ("Shops shut Friday") makes it a report."""
    if hi - lo > NOTE_LENGTH or text[lo:lo + 1] == "(":
        return False  # long, or a bracket a splitter cut off ("6 a.m. | (0600 GMT) on Friday")
    question = bool(_QUESTION.search(text, lo, hi))
    if asks and not question:
        return False
    aside = _ASIDE.match(text, end, hi)  # a bracket's aside is no word of the note (s25)
    words = _NOTE_WORD.findall(text, lo, start) + _NOTE_WORD.findall(
        text, aside.end() if aside else end, hi)
    nouns = {w.group(1) for w in _NOUN_AFTER_WHOLE.finditer(text, lo, hi)  # "full cast"
             if w.group(1).lower() in _PAST_FORMS or w.group(1).lower() in _SAME_FORM_PASTS}
    if any(w not in nouns and (w.lower() in _PAST_FORMS or w.lower().endswith("ed"))
           for w in words):
        return False
    return len(words) <= NOTE_WORDS or question or (
        len(words) <= LOWER_NOTE_WORDS and _lower_note(text, lo, start,
                                                       [w for w in words if w not in nouns]))


#: A bracket's aside right after the expression ("Tues (field's being reseeded)"): its verb
#: tells why, not when (session 25).
_ASIDE = rx.compile(r"\s*\(([^()]{1,60})\)")
#: An irregular past form after "the/full/whole/entire" is a noun ("full cast please").
_NOUN_AFTER_WHOLE = rx.compile(rf"\b{alt(WHOLE_BEFORE)}\s+([a-z]+)", re.IGNORECASE)


#: ... or up to LOWER_NOTE_WORDS when none but the first is capitalised and none may be a
#: past that looks like its present ("gym monday before work", "hill repeats on Sunday";
#: "Ardmoor Rovers beat Killane on Saturday" names a report; session 20)
LOWER_NOTE_WORDS = 5
_SAME_FORM_PASTS = frozenset({"beat", "cost", "hurt", "bet", "cast", "burst", "split", "upset",
                              "bid", "read", "broadcast", "forecast"})


def _lower_note(text: str, lo: int, start: int, words: list[str]) -> bool:
    """Whether a longer note's ``words`` are a post's plain words (see LOWER_NOTE_WORDS): no
    "since" right before the time ("no power since sunday") and no word in -s ("airs thurs",
    "jolts villages Saturday": a verb of the present tells a report or a timetable) but a
    plural after a determiner ("back on the phones thurs": a noun; session 21)."""
    before = _prev_word(text, max(lo, start - 24), start)
    if before == "since" or (before.endswith("s") and _prev_word(
            text, max(lo, start - 48), start - len(before) - 1) not in DETERMINERS):
        return False
    first = _NOTE_WORD.search(text, lo, start)
    opens = first is not None and not text[lo:first.start()].strip()
    return not any(w.lower() in _SAME_FORM_PASTS for w in words) and not any(
        w[:1].isupper() for w in words[1 if opens else 0:])


_PAST_FORMS = IRREGULAR_PAST | PARTICIPLES


#: Marks that close a post's sentence or announce what follows (not a comma, not an emoji).
_STRONG_MARK = rx.compile(r"[:;!?]|\.(?=\s)")


def _past_told_apart(text: str, lo: int, cand: Candidate, cue: str) -> bool:
    """Whether the past verb group ``cue`` lies before ``cand`` with a strong mark between
    ("council confirmed it: no ferries tues"): the past is another fragment's, and the
    day's own verbless fragment may be a plan (session 11)."""
    word = cue.split()[-1] if cue.split() else ""
    at = text.rfind(word, lo, cand.start) if word else -1
    return at >= 0 and _STRONG_MARK.search(text, at + len(word), cand.start) is not None


def _lower_weekday(cand: Candidate) -> bool:
    """Whether ``cand`` is a weekday written in lower case, as posts write it, alone or with
    the time it joins ("sunday from noon-ish")."""
    if cand.kind == "datetime":
        return any(p.kind == "weekday" and p.text.islower() for p in cand.parts)
    return cand.kind == "weekday" and cand.text.islower()


def _weekday_first(cand: Candidate) -> bool:
    """Whether ``cand`` opens with a bare weekday ("saturday", "thursday night")."""
    return is_weekday(cand.text.split()[0]) and _bare(cand)


def _bare_weekday_in(cand: Candidate) -> bool:
    """Whether ``cand`` holds a bare weekday ("late Thursday", "Saturday night")."""
    return any(is_weekday(w) for w in cand.text.split()) and _bare(cand)


def _bare(cand: Candidate) -> bool:
    """Whether ``cand`` has no relative word, possessive or plural of its own ("next", "'s")."""
    return not any(cand.fields.get(k) for k in ("rel", "poss", "plural", "wrel"))


def _timed_post_weekday(cand: Candidate) -> bool:
    """Whether ``cand`` is a weekday written as posts write it (all lower case, or all capitals
    as an announcement shouts it) right before or after a clock time with its am/pm ("sat
    10am", "FRIDAY 10AM", "3pm sat") or a British "half 7" ("monday half 7"): in a clause with
    no verb at all it is a timetable's, ahead (session 11); "on weds at 7:30" keeps the reading
    of a bare weekday."""
    if cand.kind != "datetime" or len(cand.parts) != 2:
        return False
    day, clock = cand.parts
    if day.kind == "weekday" and clock.rule == "clock_24h" and clock.end + 1 == day.start \
            and day.text.rstrip(".").lower() in WEEKDAY_ABBREVIATIONS \
            and len(clock.fields.get("hour") or "") == 2:
        return True  # a notice's "23:00 Fri", "10:15 Sat": a timetable's (session 24)
    return day.kind == "weekday" and clock.kind == "clock" \
        and (bool(clock.fields.get("ampm")) or clock.rule == "clock_half_hour") \
        and (day.text.islower() or day.text.isupper()) \
        and 1 in (clock.start - day.end, day.start - clock.end)  # "sat 10am", "3pm sat"


#: The end of a stretch of clock times: "from 8am to", "from 9:30 a.m. to" right before it.
_CLOCK_RANGE_TO = rx.compile(r"\bfrom\s+(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*"
                             r"(?:[ap]\.?m\.?)?\s+to\s+$", re.IGNORECASE)


def _timed_weekday(cand: Candidate) -> bool:
    """Whether ``cand`` is a weekday with a clock time or a part of day ("7 a.m. Friday",
    "noon Friday", "Sunday night"): a state told in the past ends at such an announced time."""
    if cand.kind == "datetime":
        return any(p.kind == "weekday" for p in cand.parts)
    return cand.kind == "pod" and (is_weekday(cand.fields.get("pre"))
                                   or is_weekday(cand.fields.get("after")))


#: Marks that end a post's verbless fragment ("no work monday!!!", "bbq sunday, bring..."); an
#: emoji does too, as posts use it for a full stop ("no trains thurs 🚆 so i'm driving";
#: session 11).
_FRAGMENT_END = rx.compile(rf"[,;:!?]|\.(?=\s)|\s[-–—]\s|[{EMOJI}]")


def _fragment(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The bounds of the fragment of the sentence [lo, hi) that holds [start, end): a post
    strings verbless fragments together with commas and exclamation marks, and ends one where
    "and", "but" or "so" opens a present clause with its own subject ("dentist thurs and i
    haven't flossed": ``_NEXT_CLAUSE``; session 26)."""
    a = max((m.end() for m in _FRAGMENT_END.finditer(text, lo, start)), default=lo)
    b = _FRAGMENT_END.search(text, end, hi)
    stop = b.start() if b else hi
    nxt = _NEXT_CLAUSE.search(text, end, stop)
    return a + len(text[a:start]) - len(text[a:start].lstrip()), nxt.start() if nxt else stop


#: A past verb after the day in its fragment ("driving home sun morning was worse"): the
#: journey is told, no plan (session 26).
_PAST_AFTER = rx.compile(r"[^.;:!?,\n]*?\b(?:was|were|had|did|got|went|took)\b", re.IGNORECASE)


#: "and"/"but"/"so" and a subject (a pronoun, or a possessive or "the" and up to two words)
#: with a present verb of its own ("and i haven't", "and my body clock is", "but we're"): the
#: next clause, whose verb is no word of the fragment before it (session 26).
_NEXT_CLAUSE = rx.compile(
    r"\s(?:and|but|so|&|cos|coz)\s+(?:(?:i|we|you|u|he|she|they|it)\b|"
    r"(?:my|our|your|his|her|their|the)\s+[a-z]+(?:\s+[a-z]+)?\b)"
    r"(?:['’](?:m|s|re|ve)\b|\s+(?:still\s+|just\s+|already\s+)?(?:am|is|are|have|has|"
    r"haven['’]?t|hasn['’]?t|can['’]?t|cant|cannot|don['’]?t|dont|doesn['’]?t|isn['’]?t|"
    r"aren['’]?t|need|needs|want|wants|feel|feels|hope|know|think)\b)", re.IGNORECASE)


#: Words before a capitalised day in its fragment that make no event of the fragment ("Earlier
#: Thursday, the firm says", "UPDATE Thursday: ...").
_NO_EVENT_WORDS = frozenset({"earlier", "later", "update", "updated", "edit", "again", "also",
                             "then", "since", "ago", "late", "early", "and", "but", "so",
                             "or", "the", "a", "an", "this", "next", "last", "to", "in", "of",
                             "on", "at", "by", "for", "from", "until", "till", "with"})
#: A fixture's or a plan's heading right before a fragment ("Next up:", "Coming up -").
_NEXT_UP = rx.compile(r"\b(?:next\s+up|up\s+next|coming\s+up|next\s+(?:game|match|fixture|"
                      r"race|gig|show|stop))\s*[:\-–—]\s*$", re.IGNORECASE)


def _headed_fragment(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) sits in a verbless fragment of a post that a word
    of its own opens before it ("Decider Thursday in Leeds", "No rehearsal Thurs (...)"; not
    "On Thursday, ..." nor "Earlier Thursday, ..."): at most HEADED_NOTE_WORDS words, none a
    past form, none in -s when lower-case or first (a report's verb or a plural: "Storm hits
    Thursday"; not a place's "Leeds"), at most two capitalised words after the first (not a
    caption's names) and a lower-case word in it (not a headline's Title Case); or that a
    fixture's heading opens ("Next up: home to Ayr Sat 3pm")."""
    a, b = _fragment(text, lo, hi, start, end)
    if a > lo and text[a - 1] == ":" and text[a - 2:a - 1].isdigit():
        return False  # a clock time's colon ("at 14:00 local time ... on Thursday")
    if _NEXT_UP.search(text, max(lo, a - 16), a):
        return True
    lead = _NOTE_WORD.findall(text, a, start)
    if b - a > NOTE_LENGTH or "(" in text[lo:a + 1] or not any(w.lower() not in _NO_EVENT_WORDS
                                                               for w in lead):
        return False
    aside = _ASIDE.match(text, end, b)
    words = [w for w in lead + _NOTE_WORD.findall(
        text, aside.end() if aside else end, b) if w.lower() not in _PLACE_PREPS]
    capitals = [w for w in words[1:] if w[:1].isupper()]
    return len(words) <= HEADED_NOTE_WORDS and len(capitals) <= 2 \
        and _LOWER_WORD.search(text, a, b) is not None and not any(
            w.lower() in _PAST_FORMS or w.lower() in _SAME_FORM_PASTS or w.lower().endswith("ed")
            or ((w is words[0] or w.islower()) and w.endswith("s") and not w.endswith("ss"))
            for w in words)


_LOWER_WORD = rx.compile(r"(?<![\w'’])[a-z]")
#: Words an event's fragment may hold besides its day ("Decider Thursday in Leeds"): at most
#: HEADED_NOTE_WORDS, a place's preposition not counted.
HEADED_NOTE_WORDS = 4
_PLACE_PREPS = frozenset({"in", "at", "to", "vs", "v", "against", "near", "away", "home", "the",
                          "a", "an"})


#: A subject and its present right after a day that opens its clause ("friday he's", "monday
#: we are"), not a present perfect's "'s been", "has had".
_OWN_PRESENT = rx.compile(
    r"\s+(?:i|we|you|u|he|she|they|it)(?:['’](?:m|s|re)|\s+(?:am|is|are))\b"
    r"(?!\s+(?:been|had|gone|got|done)\b)", re.IGNORECASE)
#: A comma (or a comma and "and"/"but"/"then") right before such a day.
_COMMA_BEFORE = rx.compile(r",\s*(?:(?:and|but|then|now)\s+)?$", re.IGNORECASE)


def _own_present_after(text: str, lo: int, cand: Candidate) -> bool:
    """Whether the bare weekday ``cand`` opens a present clause of its own after a comma
    ("..., monday she's in year 1"): a past clause before the comma does not govern it."""
    return _COMMA_BEFORE.search(text, max(lo, cand.start - 12), cand.start) is not None \
        and _OWN_PRESENT.match(text, cand.end) is not None


#: A participle of an offer right before the day (or "this"/"on"/"from" and it), with no
#: subject or auxiliary before it ("Sunday lunch served this Sunday", "Mulled wine served from
#: Friday"): a notice's present offer, no past ("we served ...", "was served" stay past).
_OFFERED = rx.compile(
    r"(?<![\w'’])(?!(?:i|we|they|he|she|you|u|who|was|were|had|has|have|been|being|it)\s)"
    r"([A-Za-z'’]+)\s+(served|offered|provided|included|supplied)\s+(?:again\s+)?"
    r"(?:on\s+|from\s+|this\s+|all\s+day\s+)?$", re.IGNORECASE)


def _offered(text: str, lo: int, start: int, cue: str) -> bool:
    """Whether the past ``cue`` is an offer's bare participle right before the day at ``start``
    (``_OFFERED``): a notice's present "is served" (session 26)."""
    m = _OFFERED.search(text, max(lo, start - 40), start)
    return m is not None and m.group(2).lower() == cue.lower()
#: "ahead of" (or "in the run-up to", "in advance of") and an event's noun phrase of up to
#: seven words, no clause's mark nor relative pronoun between, right before "on" (session 30).
_AHEAD_OF_EVENT = rx.compile(
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s+"
    r"(?:(?!(?:that|which|who|when|where|on)\b)[\w'’-]+\s+){1,7}on\s+$", re.IGNORECASE)


"""The context check of a rule's match, which its regex cannot express cheaply: ``context_ok``
runs, in a fixed order, the checks of ``number_checks`` (numbers that are no time: scores, ages,
shares, slash pairs), ``length_checks`` (a count after "in"/"over": a length, a stretch or an
offset), ``sense_checks`` (time words in another sense: idioms, titles, things) and
``years_or_counts`` (a four-digit year or a count), so one module decides whether a match is
kept and each kind of check lives with its kin."""

from __future__ import annotations

import re
from itertools import pairwise, starmap

from summarize import regex_cache as rx

from .length_checks import (
    AGO_AFTER,
    COMPARED_BEFORE,
    IN_BEFORE,
    OVER_AS_MORE,
    RECORD_BEFORE,
    RELATIVE_AFTER,
    THAN_AFTER,
    record_phrase_before,
)
from .names import names_a_title, signed_off
from .number_checks import (
    AGED_BEFORE,
    AMOUNT_BEFORE,
    AVERAGE_AGE_BEFORE,
    DISTANCE_BEFORE,
    HEAT,
    POSSESSIVE_BEFORE,
    REFERENCE_BEFORE,
    SPAN_ORDER,
    a_clock_in_a_title,
    a_length_in_brackets,
    a_race_or_song_length,
    is_coin,
    is_fraction,
    later_year,
    not_a_clock_before,
    read_as_day_at,
    read_as_event_start,
    slash_date_ok,
)
from .patterns import MONTH, NUMBER, WEEKDAY, alt
from .post_hours import plan_hour
from .resources.calendar_words import (
    CAUSE_BEFORE_OF,
    HOLIDAY_GATHERINGS,
    LOWER_CASE_ACT_NOUNS,
    RECORD_OWNERS,
)
from .resources.day_words import DAY_WORDS
from .resources.units import (
    APPROXIMATORS,
    CURRENCY_SIGNS,
    LOWER_CASE_UNITS,
    POST_SHOW_CUES,
    UNIT_PLURALS,
    UNITS,
)
from .resources.verbs import ARRANGING_VERBS, BOOKING_VERBS, NOT_ACT_PASTS, PAST_AFTER_ADVERB
from .sense_checks import (
    AWARD_BEFORE,
    DAY_COMPOUND_AFTER,
    FALL_AS_A_NOUN,
    GROUP_AFTER_NOUN,
    IDIOM_WORDS,
    NOUN_AFTER,
    PARTICIPLE_JOINED,
    RUNS_BEFORE,
    SEASON_ACTIVITY_HEAD,
    SPRING_AS_A_COIL,
    THING_HEAD,
    THING_HEAD_TITLE,
    a_coil_acting,
    a_game_period,
    a_spring_of_water,
    in_an_idiom,
    lower_month_ok,
    modifies_a_thing,
    names_a_service,
    season_in_a_title,
)
from .values import RANK
from .verb_groups import is_past_form
from .years_or_counts import STREET_AFTER, year_is_date

#: Rules of a date in figures ("14/2", "3/15/24", "15-03-2024").
_NUMERIC_DATES = frozenset({"date_numeric", "date_numeric_md", "date_numeric_dash"})

#: A comparative earlier in the clause that owns a "than" after "<units> later" ("less likely
#: to fall ill decades later than those who..."): the units stay a stretch (session 27).
_COMPARATIVE_BEFORE = rx.compile(r"\b(?:more|less|fewer|likelier)\b[^.;:!?]*$", re.IGNORECASE)
#: A count before the units: they are the count's, not a bare stretch.
_COUNTED_BEFORE = rx.compile(rf"(?:{NUMBER}|few|several|many|some|couple\s+of|dozens?\s+of)"
                             r"[\s-]+$", re.IGNORECASE)
#: A recurrence word before a subject's past verb is an adverb, unless a determiner or a
#: possessive opens its phrase (then it is a periodical: "a travel monthly sold out").
_PAST_AFTER = rx.compile(rf"\s+{alt(PAST_AFTER_ADVERB)}\b")
#: A gathering's noun after a lower-case holiday and the gathering's own day after it ("xmas
#: party tonight", "halloween party is on friday"): the holiday names the kind of gathering, no
#: date; with no day of its own ("halloween party at maz's") the gathering is on the holiday
#: (session 15, round 2).
_GATHERING_AFTER = rx.compile(
    rf"[ \t]+{alt(HOLIDAY_GATHERINGS)}[ \t]+(?:(?:is|was)[ \t]+)?(?:(?:on|this|next)[ \t]+)?"
    rf"(?:{alt(set(DAY_WORDS) | {'yesterday', 'yday'})}|last[ \t]+night|{WEEKDAY})(?![\w'’-])")
#: "ever" after a superlative's unit, and who may own a record day before the superlative.
_EVER_AFTER = rx.compile(r"\s+ever\b")
#: An event's noun after a holiday, then (three words at most between) "on/this/next" and a
#: day of its own: "a Christmas edition on Monday 16 December", "the Easter fair on Saturday"
#: (the holiday names the kind of event, which the day dates; session 26).
#: A body named by a weekday, capitalised after it ("a Sunday League side", "the Sunday
#: School"); in running text (a lower-case word before the day), not a Title Case headline's
#: "Votes Tuesday School Board", nor after a reporting verb or a past ("said Tuesday School
#: officials ...") (session 30).
_NAMED_BODY_AFTER = rx.compile(r"[ \t]+(?:League|School|Club|Choir|Society|Circle)\b(?![-'’])")
_LOWER_WORD_BEFORE = rx.compile(r"(?<![\w'’])(?!(?:said|says|told|tells)[ \t])[a-z][\w'’]*"
                                r"(?<!ed)[ \t]+$")

_EVENT_DATED_AFTER = rx.compile(
    r"[ \t]+(?:editions?|markets?|menus?|fairs?|fayres?|fetes?|partys?|parties|concerts?|"
    r"lunch(?:es)?|dinners?|specials?|sales?|shows?|parades?|services?|events?|bazaars?)"
    r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+(?:on|this|next)[ \t]+"
    rf"(?:{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}\.?[ \t]+\d{{1,2}}\b)",
    re.IGNORECASE)
#: A plural noun after a count of singular weekends: "three weekend closures" counts closures
#: held on weekends, no length (session 26).
_PLURAL_NOUN_AFTER = rx.compile(r"[ \t]+(?!(?:is|was|has|as|this|his|its|us|plus|less|unless|"
                                r"thus|whereas)\b)[a-z]{2,}s\b(?!['’])")
#: A noun of works after "overnight" (one word may come between): "overnight lane closures",
#: "Overnight resurfacing works" are works done at night, no night named (session 26).
_WORKS_AFTER = rx.compile(
    r"[ \t]+(?:(?!(?:and|or|but|for|to|the|as|while|with|after|before|so|on|in|at)\b)"
    r"[a-z]+[ \t]+)?(?:closures?|works|roadworks|repairs|resurfacing|maintenance|diversions?|"
    r"shutdowns?|possessions|engineering|demolition|inspections|detours?)\b")
_RECORD_OWNER_BEFORE = rx.compile(rf"\b{alt(RECORD_OWNERS)}\s+$", re.IGNORECASE)
_NOUN_PHRASE_BEFORE = rx.compile(
    r"(?:\b(?:a|an|the|this|that|its|their|his|her|our|my|your)|['’]s)(?:\s+[\w-]+)?\s+$",
    re.IGNORECASE)
#: "the bank holiday" alone (session 27) ends its phrase (a mark, the end, an emoji, or a word
#: that opens another: "for the bank holiday! Monday from 1pm"); before a noun it names a kind
#: ("the bank holiday pay rules"), and beside a day word ("today for the bank holiday", "the bank
#: holiday yesterday", "Closed Mon 27 May for the bank holiday") that day dates it, the holiday
#: naming why (the blind set and `test_temporal_notices_s24b.py` key none of them).
_BANK_HOLIDAY_ENDS = rx.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|[^\x00-\u1fff])|[ \t]+(?:and|but|so|or|then|is|was|will|we|i|it|"
    r"at|in|on|with|to|for|from|because|cos|as|when|if|this|next|last)\b", re.IGNORECASE)
_DAY_WORD_NEAR = rx.compile(
    r"(?<![\w'’])(?:today|tonight|tonite|yesterday|tomorrow|tmrw|tmw|tomoz|2day|2moro|yday|"
    rf"{WEEKDAY}|(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"{MONTH}|{MONTH}\.?\s+\d{{1,2}}\b)(?![\w'’])", re.IGNORECASE)
#: A sentence's mark: the day word is looked for in the holiday's sentence only.
_SENTENCE_MARK = rx.compile(r"[.!?\n](?=\s|$)")


def _day_beside(text: str, start: int, end: int) -> bool:
    """Whether a day word, a weekday or a date stands within 40 characters before ``start``
    or 16 after ``end`` in the same sentence ("Closed Mon 27 May for the bank holiday")."""
    lo = max((m.end() for m in _SENTENCE_MARK.finditer(text, max(0, start - 40), start)),
             default=max(0, start - 40))
    stop = _SENTENCE_MARK.search(text, end, min(len(text), end + 16))
    hi = stop.start() if stop is not None else min(len(text), end + 16)
    return _DAY_WORD_NEAR.search(text, lo, start) is not None \
        or _DAY_WORD_NEAR.search(text, end, hi) is not None
#: "of" right before a word (not "the week of"): a lower-case holiday after it is an act's noun.
_OF_BEFORE = rx.compile(r"(?<!\bweek )(?<!\bweekend )\bof[ \t]+$")
#: A cause before that "of" ("because of", a post's "bc of"): the holiday after it is no act.
_CAUSE_OF_BEFORE = rx.compile(r"(?<![\w/])(?:" + "|".join(map(re.escape, CAUSE_BEFORE_OF)) +
                              r")[ \t]+of[ \t]+$", re.IGNORECASE)


#: A golf stroke a few words before "on the 18th": the hole, no day of the month.
_GOLF_BEFORE = rx.compile(r"\b(?:putts?|putted|birdie[sd]?|bogey(?:s|ed)?|eagle[sd]?|pars?|"
                          r"parred|holed|fairway|bunker|tee\s+shot|chip(?:ped)?\s+in)\b"
                          r"(?:[ \t]+[\w'’-]+){0,5}[ \t]+$", re.IGNORECASE)
#: A day of the month after a preposition of time, then the list it opens up to the next
#: item (no sentence's or clause's mark, at most 60 characters): what a list's bare "the 10th"
#: needs before it ("Leeds on the 9th, York the 10th"; session 27).
_LIST_OPENED = rx.compile(r"\b(?:on|from|by|until|till|before|after|at)\s+the\s+"
                          r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w'’])[^.!?;:\n]{0,60}$",
                          re.IGNORECASE)
#: What may follow "a quarter" of a year: "a quarter ended June 30", "a quarter century".
_QUARTER_GOES_ON = rx.compile(r"[ \t]+(?:ended|ending|century|centuries)\b", re.IGNORECASE)
#: A group of thousands right after a match: the number goes on ("1:25,000").
_THOUSANDS_AFTER = rx.compile(r",\d{3}(?![\d,]*[:.]\d)")


#: A standing schedule right before a notice's "<hour> till <hour>" after a comma ("open
#: mon-fri, 9 till 5", "daily, 10 until 4"): opening hours that recur, no clock times of a day
#: (session 25, round 2).
_STANDING_BEFORE = rx.compile(
    r"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|–|to|thru|through)\s*"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\b(?:daily|weekdays|weekends|every\s+day))"
    r"[,:][ \t]*$", re.IGNORECASE)


#: A calendar verb and "on a" right before a weekday: which kind of day a date is ("falls on a
#: Saturday this year", "fell on a Friday"), no date of its own (session 26).
_FALLS_ON_A = rx.compile(r"\b(?:falls?|fell|falling|lands?|landed)[ \t]+on[ \t]+an?[ \t]+$",
                         re.IGNORECASE)


#: A result's word, then at most three words (a side's name, "them", "the visitors") before a
#: score written "N-N" ("won 3-1 last night", "beat Harlow 4-2 on Saturday", "drew 1-1"): the
#: numbers are goals or points, no range of clock times, even before a day's word (session 26).
_SCORE_BEFORE = rx.compile(
    r"\b(?:won|lost|beat|beaten|beating|drew|drawn|tied|defeated|edged|thrashed|downed|routed|"
    r"hammered|thumped|crushed|trounced|stunned|overcame|edge[sd]?|leads?|led|trail(?:ed|s)?|"
    r"score[sd]?|wins?|winning|loses|losing|draws?|carried|passed|voted|approved|rejected)"
    r"(?:[ \t]+(?:by[ \t]+)?[\w'’.-]+){0,3}?[ \t]+(?:by[ \t]+)?$", re.IGNORECASE)
#: A dash between two numbers ("3-1", "4–2"): how a score is written.
_DASH_PAIR = rx.compile(r"\d\d?[ \t]*[-–][ \t]*\d")


def _a_score(text: str, name: str, m: re.Match[str]) -> bool:
    """Whether a range of bare hours (``clock_range_start``, or ``clock_hour_pod`` as its end)
    is a score "N-N" after a result's word ("won 3-1 last night"; session 26)."""
    lo = m.start("span") if name == "clock_range_start" else m.start()
    if not _DASH_PAIR.match(text, lo):
        return False
    return _SCORE_BEFORE.search(text, max(0, lo - 40), lo) is not None


#: "of" right after a unit ("last month of"): the unit is a date only after a verb (below).
_OF_AFTER = rx.compile(r"\s+of\b", re.IGNORECASE)
#: The word right before a relative unit ("convicted last month of fraud").
_WORD_BEFORE = rx.compile(r"([A-Za-z][a-z]+)[ \t]+$")


def _verb_before_of(text: str, m: re.Match[str], g: dict) -> bool:
    """Whether a bare "last/this/next <unit>" before "of" dates the past verb right before it
    ("was convicted last month of fraud", "died last year of cancer", "found guilty last week
    of theft"): no determiner, possessive or edge before "last" ("the last month of the year",
    "in his last year of office"), and the object after "of" is the verb's (session 27)."""
    if g.get("mod") or (g.get("rel") or "").lower() not in ("last", "this", "next"):
        return False
    lo = m.start("span")
    word = _WORD_BEFORE.search(text, max(0, lo - 24), lo)
    if word is None:
        return False
    w = word.group(1)
    return w.islower() and (w == "guilty" or (w not in NOT_ACT_PASTS and is_past_form(w)))


#: "for" after a bare day of the month, and a booking or an arrangement before its "for" in the
#: same clause (session 29).
_FOR_AFTER = rx.compile(r"[ \t]+for\b", re.IGNORECASE)
_BOOKED_BEFORE = rx.compile(rf"\b{alt(BOOKING_VERBS | ARRANGING_VERBS)}\b[^.;:!?\n]*\bfor\s+$",
                            re.IGNORECASE)


#: A cheer opening its phrase right before a lower-case "mon": the Irish or Jamaican "man".
_COME_ON_BEFORE = rx.compile(r"(?:^|[^\w\s'’]|[.!?,;])[ \t]*(?:come[ \t]+on|c['’]?mon)[ \t]+$",
                             re.IGNORECASE)


#: A clock time closing a listing's item right before its comma ("doors 8pm, ", "doors 7, ",
#: "kick-off 3:15, ", "support 9ish, "): the next item's approximate hour is a time too.
_LISTED_CLOCK_BEFORE = rx.compile(
    r"(?:(?<![\w:.,$£€])(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?"
    r"[ \t]*(?:[ap]m|[ap]\.m\.)|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?-?ish)"
    rf"|\b{alt(POST_SHOW_CUES)}[ \t]+(?:1[0-2]|0?[1-9])),[ \t]$", re.IGNORECASE)
#: Labels that make a listing's "9ish" an amount, no hour ("aged 9ish", "size 10ish").
_NOT_LISTING_LABELS = frozenset({"aged", "age", "ages", "size", "sizes", "sized", "level",
                                 "grade", "year", "years", "yr", "yrs", "number", "no", "temp",
                                 "weight", "height", "score", "rated", "pace", "mins", "hrs"})


def context_ok(text: str, name: str, m: re.Match[str], g: dict | None = None, *,
               shortcut: bool = True) -> bool:
    """Whether the match of rule ``name`` is a time in its context (``g``: its groupdict,
    when the caller has it already). A ``clock_24h`` match (a timetable's every time) runs
    only its own check: it has none of ``GROUPS_READ`` and holds a digit, so no idiom's word;
    ``shortcut=False`` runs every check (tests compare the two)."""
    if g is None:
        g = m.groupdict()
    if name == "day_ordinal" and _GOLF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # a golf hole: "his winning putt on the 18th" (session 21)
    if name == "day_ordinal" and g.get("listed") is not None \
            and not _LIST_OPENED.search(text, max(0, m.start() - 80), m.start()):
        return False  # a list's day needs its list opened by one: "York on the 9th, Hull the
        # 10th" (session 27)
    if name == "clock_ish" and g.get("lword") is not None and (
            g["lword"] in _NOT_LISTING_LABELS
            or not _LISTED_CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        return False  # a listing's "headliner 10ish" needs a clock time before its comma
        # ("doors 8pm, headliner 10ish"; session 29), no age nor size ("aged 9ish")
    if name == "weekday_abbr" and m.group().lower() == "mon" \
            and _COME_ON_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False  # an address: "come on mon, get up", "c'mon mon!" (session 29)
    if name == "day_ordinal" and g.get("plan") is not None and _FOR_AFTER.match(text, m.end()) \
            and not _BOOKED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return False  # "for the 14th for ..." only after a booking: "booked the hall for the
        # 14th for the party" (session 29), not "voted for the 3rd for a change"
    if text[m.end():m.end() + 1] == "," and _THOUSANDS_AFTER.match(text, m.end()) \
            and ":" in m.group():
        return False  # a ratio or a map's scale: "a scale of 1:25,000" (session 21)
    if name == "clock_24h" and (read_as_day_at(text, m, g) or read_as_event_start(text, m, g)
                                or a_length_in_brackets(text, m, g)
                                or a_race_or_song_length(text, m, g)):
        return False  # "Friday at 4:30": the hour after a day and "at" (clock_at_day) reads it,
        # "KO 3pm. Gates open 1:30" the hour after a start's word (clock_event_start); "Slow
        # Tide (4:12)" a track's length (session 13)
    if name in ("clock_24h", "clock_dot_cue") and a_clock_in_a_title(text, m.start(), m.end()):
        return False  # a title: "the western 3:10 to Yuma" (session 24)
    if shortcut and name == "clock_24h":
        return bool(g["prep"] or g["hedge"] or g["tz"]) or not not_a_clock_before(
            text, max(0, m.start("span") - 30), m.start("span"))
    if name in ("clock_comma_till", "clock_comma_till_end") and _STANDING_BEFORE.search(
            text, max(0, m.start() - 40),
            m.start("shourw" if name == "clock_comma_till_end" else "span")):
        return False  # a standing schedule's hours: "open mon-fri, 9 till 5" (session 25)
    if name in ("clock_range_start", "clock_hour_pod") and _a_score(text, name, m):
        return False  # a score: "won 3-1 last night", "beat Harlow 4-2 on Saturday" (s26)
    if name in ("clock_post_at", "clock_dot_from", "clock_half_post") \
            and not plan_hour(text, m.start()):
        return False  # a post's hour after "at"/"from" only in a post's plan (session 12)
    if m.start() and text[m.start() - 1] in CURRENCY_SIGNS and text[m.start():m.start() + 1] \
            .isdigit():
        return False  # a price: "£4 night", "a $10 day pass" (session 11)
    unit = g.get("unit")
    if unit and unit.lower() in LOWER_CASE_UNITS and not unit.islower():
        return False  # "a SEC filing", "MIN"
    if unit and unit[:6].lower() == "centur" and RUNS_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # runs in cricket: "scored a century", "brought up his half-century"
    if unit and unit.lower() in ("minute", "night", "quarter") and (g.get("num") or "").lower() \
            in ("a", "an") and NOUN_AFTER.match(text, m.end()) \
            and not (unit.lower() == "quarter" and _QUARTER_GOES_ON.match(text, m.end())):
        return False  # "a minute crack", "a night porter": an adjective, a modifier; "a
        # quarter turn", "a quarter point": a fraction of a thing (session 21)
    if name in ("set_rate", "duration") and unit.lower() in ("hour", "minute", "second") \
            and (g.get("per") or g.get("num") or "").lower() in ("a", "an", "per") \
            and DISTANCE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # a speed: "110 miles an hour", "300 km per hour"
    if name == "unit_relative" and _OF_AFTER.match(text, m.end()) \
            and not _verb_before_of(text, m, g):
        return False  # "the last month of the year", "his last year of office" (session 27)
    if name in ("unit_relative", "anaphoric_day") and m.group()[:4].lower() == "the " \
            and AWARD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # an award: "player of the year", "employee of the month", "album of
        # the day"
    if m.group().lower() in IDIOM_WORDS and in_an_idiom(text, m):
        return False  # "now and then", "back in the day", "call it a day": no time named
    if name == "anaphoric_day" and m.group()[-3:].lower() == "day" \
            and DAY_COMPOUND_AFTER.match(text, m.end()):
        return False  # "near the end of the day shift": a compound's word (session 25)
    if name == "year":
        return year_is_date(text, m.start("year"), m.end("year"))
    if name in ("quarter", "quarter_q") and a_game_period(text, m, g):
        return False  # a game's period: "trailed by nine after the third quarter", "Q4 underway"
    if name in ("duration", "duration_range") and AGED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()):
        return False  # the upper end of an age range: "aged 6 months to 18 years"
    if name == "duration" and AVERAGE_AGE_BEFORE.search(text, max(0, m.start() - 64), m.start()):
        return False  # an age: "a fleet whose average age is 17 years" (session 30)
    if ((name == "decade" and g.get("decword")) or (name == "decade_short" and g.get("decnext"))) \
            and POSSESSIVE_BEFORE.search(text, max(0, m.start() - 48), m.start()):
        # ... "in their 40s and 50s" (session 22)
        return False  # an age: "people in their sixties", "a man in his late forties"
    season = g.get("season")
    if season and season.lower() == "fall" and not (g.get("year") or g.get("year0")) \
            and FALL_AS_A_NOUN.match(text, m.end()):
        return False  # a drop or a collapse: "the fall of the currency", "the fall in prices"
    if season and season.lower() == "spring" and not (g.get("year") or g.get("year0")) \
            and (SPRING_AS_A_COIL.match(text, m.end()) or a_coil_acting(text, m)):
        return False  # a coil: "the spring in the mechanism", "the spring of the valve"
    if season and season.lower() == "spring" and not (g.get("year") or g.get("year0")) \
            and a_spring_of_water(text, m):
        return False  # water: "the spring up by the chapel", "fill bottles from the spring"
    if season and PARTICIPLE_JOINED.match(text, m.end("season")):
        return False  # a compound adjective: "a spring-loaded latch", "spring-fed ponds"
    # a holiday is "hol" in the holiday rule, "holiday" in "every <holiday>" (set_every)
    head = "season" if season else "pod" if g.get("pod") else "wd" if g.get("wd") \
        else "hol" if g.get("hol") else "holiday" if g.get("holiday") else ""
    if head and (THING_HEAD.match(text, m.end(head))
                 or (head == "season" and SEASON_ACTIVITY_HEAD.match(text, m.end(head)))
                 or (head in ("hol", "holiday") and THING_HEAD_TITLE.match(text, m.end(head)))
                 or (head == "wd" and GROUP_AFTER_NOUN.match(text, m.end(head)))) \
            and modifies_a_thing(text, m, g, head):
        return False  # a thing named after a time: "the summer house", "Sunday school"
    if head == "wd" and g["wd"][:1].isupper() and _NAMED_BODY_AFTER.match(text, m.end(head)) \
            and _LOWER_WORD_BEFORE.search(text, max(0, m.start(head) - 24), m.start(head)):
        return False  # a body's name: "coaches a Sunday League side", "the Sunday School" (s30)
    if head == "hol" and _EVENT_DATED_AFTER.match(text, m.end(head)) \
            and modifies_a_thing(text, m, g, head):
        return False  # "a Christmas edition on Monday 16 December": the kind of event (s26)
    if head in ("hol", "holiday") and g[head][:1].islower() \
            and _GATHERING_AFTER.match(text, m.end(head)) and modifies_a_thing(text, m, g, head):
        return False  # a kind of gathering in a post: "office xmas party tonight"
    if name == "duration" and unit and unit.lower() == "weekend" \
            and (g.get("num") or "").lower() not in ("a", "an", "one") \
            and _PLURAL_NOUN_AFTER.match(text, m.end()):
        return False  # "three weekend closures": a count of closures (session 26)
    if name in ("tonight", "deictic_day") and m.group().lower() == "overnight" \
            and _WORKS_AFTER.match(text, m.end()):
        return False  # "Overnight lane closures begin": works at night (session 26)
    if name == "unit_superlative" and _EVER_AFTER.match(text, m.end("span")) \
            and not _RECORD_OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # praise or a curse, no day: "best week ever", "my worst day ever"
    if head == "hol" and g["hol"] in LOWER_CASE_ACT_NOUNS \
            and _OF_BEFORE.search(text, max(0, m.start(head) - 12), m.start(head)) \
            and not _CAUSE_OF_BEFORE.search(text, max(0, m.start(head) - 16), m.start(head)):
        return False  # an act, not the holiday: "a service of thanksgiving"
    if head == "hol" and " ".join(g["hol"].lower().split()) == "bank holiday" and (
            not _BANK_HOLIDAY_ENDS.match(text, m.end())
            or _day_beside(text, m.start(), m.end())):
        return False  # "the bank holiday pay rules", "today for the bank holiday" (session 27)
    if head == "pod" and names_a_service(text, m, g):
        return False  # a service or a shift: "valid on the night bus", "on the morning shift"
    if season and season[:1].isupper() and not (g.get("year") or g.get("year0")) \
            and (g.get("rel") or "the").lower() == "the" and season_in_a_title(text, m):
        return False  # "The Winter's Tale", "Days of Summer": a title's word
    month = g.get("month")
    if month and month.islower() and not lower_month_ok(text, m, month.rstrip(".")):
        return False
    if name == "weekday" and g.get("wd") and not g.get("rel") and _FALLS_ON_A.search(
            text, max(0, m.start("wd") - 24), m.start("wd")):
        return False  # a kind of day, no date: "the holiday falls on a Tuesday" (session 26)
    if name in ("weekday", "deictic_day", "part_of_day") and names_a_title(text, m, g):
        return False
    if name == "tonight" and signed_off(text, m, "pod"):
        return False  # "This is World News Tonight." (session 29)
    if name == "clock_24h" and not g.get("prep") and not g.get("hedge") and not g.get("tz") \
            and not_a_clock_before(
            text, max(0, m.start("span") - 30), m.start("span")):
        return False  # a score or a reference: "the vote split 12:10", "John 3:16"
    if name == "clock_tv_listing" and int(g["central"]) != int(g["hour"]) - 1:
        return False  # "9/8c" is 9 Eastern, 8 Central: the hours an hour apart, or no listing
    if name in _NUMERIC_DATES and STREET_AFTER.match(text, m.end()):
        return False  # a flat and its building: "14/2 Marchmont Crescent" (session 22)
    if name == "date_numeric_md":
        return slash_date_ok(text, m)
    if name == "decade_short":  # "highs in the 80s" are degrees
        return not HEAT.search(text, max(0, m.start() - 80), m.start())
    if name == "duration" and (g.get("approx") or "").lower() == "over" \
            and not OVER_AS_MORE.search(text, max(0, m.start() - 16), m.start()) \
            and not AGO_AFTER.match(text, m.end()):
        return False  # "killed 900 people over five months": during them (the rule without
        # "over" takes the count); "lasted over five months", "in over a year": more than
    if name == "set_word" and _PAST_AFTER.match(text, m.end()) \
            and _NOUN_PHRASE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # a periodical, a noun: "a travel monthly sold out", "the weekly ran"
    if name == "set_counted":  # "four days a week", not "two weeks a day"
        inner = _SHORT_UNITS.get(g["inner"], g["inner"].rstrip("s"))
        return SPAN_ORDER[inner] < SPAN_ORDER[g["unit"]]
    if name == "set_rate":
        if g["unit"].lower() == "quarter" and g["per"].lower() == "a" \
                and is_coin(text, m.start(), m.end()):
            return False  # "a ride cost a quarter": a 25-cent coin, no rate (session 15)
        return g["per"].lower() == "per" or bool(AMOUNT_BEFORE.search(
            text, max(0, m.start() - 48), m.start()))
    if name == "year_range":
        return later_year(g["year"], g["year2"]) is not None
    if name == "month_slash_year" and REFERENCE_BEFORE.search(
            text, max(0, m.start() - 48), m.start()):
        return False  # a reference: "Regulation (EC) No 1/2003", "Decree 4/2009" (session 23)
    if name == "year_month":
        return int(g["mon"]) != (int(g["year"]) + 1) % 100  # "2009-10" is a season of years
    if name in ("offset_in", "duration") and (g.get("num") or "").lower() in ("a", "an") \
            and RELATIVE_AFTER.match(text, m.end()) and IN_BEFORE.search(
                text, max(0, m.start() - 8), m.start() + 5):
        return False  # "in a quarter that produced a loss": which quarter, not one ahead
    if name == "duration" and g["unit"].lower() == "quarter" and g["num"].lower() in ("a", "an"):
        return not is_fraction(text, m, g)
    if name == "offset_on" and m.group(0).lower().endswith("yesterday") \
            and _SPAN_OPENER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "for the first time in three weeks yesterday": a length, then the day
    if name == "offset" and _FOR_HEDGED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # "for about a week after that": a length, as "for a week after" is (s18)
    if name == "duration_sum" and not all(starmap(larger_unit_first, pairwise(
            g[k] for k in ("unit", "unit2", "unit3", "unit4") if g.get(k)))):
        return False  # "walk 30 minutes five days a week": two lengths, no sum (session 18)
    if name == "duration_bare_later" and m.group("span").split()[-1][0].isupper():
        return False  # "28 Days Later": a title's words
    if name == "duration_bare_later" and g.get("than") and (not _COMPARATIVE_BEFORE.search(
            text, max(0, m.start() - 80), m.start()) or _COUNTED_BEFORE.search(
            text, max(0, m.start() - 30), m.start())):
        return False  # "years later than planned": the difference of two times; "two years
        # later than" is the count's (session 27)
    if name == "offset_in" and COMPARED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()) and THAN_AFTER.match(text, m.end()):
        return False  # "earn more in a year than...": a length (the duration rule takes it)
    # "its highest level in five years": the length since, a duration (the rule without "in")
    return name != "offset_in" or not (
        RECORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
        # "the third launch failure for a U.S. rocket in nine months" (session 31)
        or record_phrase_before(text, m.start()))


#: A preposition of a length right before "<count> weeks yesterday" (session 28).
_SPAN_OPENER_BEFORE = rx.compile(r"\b(?:in|within|over|for|past|last)\s+$", re.IGNORECASE)


#: The groups the checks of ``context_ok`` read besides the rule's name; a rule given its own
#: shortcut there must have none of them (a test makes sure).
GROUPS_READ = frozenset({"unit", "unit2", "num", "per", "season", "year", "year0", "year2",
                         "pod", "wd", "hol", "rel", "month", "mon", "day", "dayw", "pre", "dw",
                         "mod"})


#: The calendar units' order (``values.RANK``, from the minute up), the second below it.
_UNIT_RANK = {"second": -1, **RANK}


def larger_unit_first(first: str, second: str) -> bool:
    """Whether unit word ``first`` is a larger calendar unit than ``second`` ("1 year 2
    months", "2 hours and 30 minutes"): only then are the two counts one length."""
    ranks = []
    for word in (first, second):
        word = " ".join(word.lower().split())
        unit = UNITS.get(UNIT_PLURALS.get(word, word))
        if unit is None:
            return False
        ranks.append(_UNIT_RANK[unit[2]])
    return ranks[0] > ranks[1]


#: "for" and a hedge right before an offset's count: the offset rule does not start after
#: "for" ("for a decade before that" is a length), nor after "for about".
_FOR_HEDGED_BEFORE = rx.compile(r"\bfor\s+(?:" + alt(w for w in APPROXIMATORS if w != "like")
                                + r")\s+$", re.IGNORECASE)


#: A post's short plural units, as ``SPAN_ORDER`` names them ("24 hrs a day").
_SHORT_UNITS = {"hrs": "hour", "mins": "minute"}

"""Weekdays: "Friday", "next Friday", "this Friday evening", "Thursday next week", "the Friday
after next", "three Fridays ago", "the first Monday of next month".

Weekday rule (documented choice): "last Friday" is the last Friday strictly before the DCT,
"next Friday" the first strictly after, "this Friday" the one in the DCT's week (unless the
tense points the other way); a bare "Friday" is the last Friday on or before the DCT (news
mostly report the past, and say "said on Friday" on the Friday itself) unless the verb group
governing it (``tense.clause_tense``) is an explicit future ("will", "is due to", "scheduled",
a present of a scheduled event such as "opens") or a weaker future ("would", "could", "hopes
to") that the weekday hangs on with a preposition ("on Friday"): then the first Friday on or
after it. On the DCT's own weekday that is the DCT itself: news name the day of publication
by its weekday ("will arrive on Thursday", told on a Thursday), and a week ahead as "next
Thursday" (session 18); a post asking for the day ("remind me on thursday") means the week
ahead. A deadline with no tense ("by Friday") lies ahead. "would" in speech a reporting verb
introduces ("said members would meet Wednesday") is the reported future, ahead (session 19);
"since Friday" marks a start, the last Friday, whatever the tense."""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

from ..candidate import Candidate
from ..context import (
    Anchors,
    Resolution,
    anchor_name,
    dated,
    dct_day,
    discourse_day,
    modifier,
    vague,
)
from ..resources.calendar_words import PARTS_OF_DAY
from ..resources.units import UNIT_RELATIONS
from ..resources.verbs import (
    ARRANGED_FOR_PARTICIPLES,
    AWAITING_PROGRESSIVES,
    EXPLICIT_FUTURE,
    FACING,
    FORWARD_BEFORE_TO,
    PAST_BE,
    SCHEDULE_ADVERBS,
    SCHEDULED_PRESENT,
    VOTE_BEFORE_TO,
    WEEKDAY_AHEAD_WORDS,
)
from ..tense import is_progressive, scheduled_for
from ..values import Cal, nth_weekday, of, shift, value
from ..verb_groups import refused_telling
from ..words import WEEKDAY_NAMES, amount, norm, weekday_number
from .absolute import HANDLERS as ABSOLUTE

MONTH_HANDLER = ABSOLUTE["month"]


#: Prepositions that hang a weekday on the verb group of its clause ("would strike on
#: Friday", "would stage a go-slow from Wednesday").
_ATTACHING = frozenset({"on", "from", "by", "until", "till", "starting", "before", "after"})


#: Prepositions of a deadline: with no tense the weekday they name lies ahead ("by Friday").
DEADLINES = frozenset({"by", "until", "till", "before"})


def explicit_future(cue: str, prep: str = "", explicit: bool = False) -> bool:
    """Whether a future verb group ``cue`` sends a bare weekday forward: an explicit future
    word, a scheduled-event present ("opens"), "is to", or any future verb the weekday hangs
    on with a preposition ("on Friday", "from Friday"), or a scheduling verb whose object it is
    ("pushed back to Friday", "listed for Friday"), or one judged explicit where it was read
    (``Tense.explicit``: "the fair runs from Friday", "have an interview Friday", a reported
    possibility "warned it could reach the coast Friday")."""
    words = cue.lower().replace("'ll", " will").split()
    if explicit or prep in _ATTACHING or any(w in EXPLICIT_FUTURE for w in words):
        return True
    if scheduled_for(words) or is_progressive(cue):  # a scheduled date; "is leaving Friday"
        return True
    core = [w for w in words if w not in SCHEDULE_ADVERBS]  # "officially ends": "ends"
    if words[:2] == ["to", "be"] and len(words) > 2:  # "a paper to be published Friday": a
        return True  # thing arranged, ahead (session 19)
    # a fixture's "faces a run-off Saturday": the verb groups take "face(s)" only before a
    # name or a contest (``verb_groups._faces_fixture``; session 31, round 2)
    return (words[:1] in (["is"], ["are"]) and words[1:2] == ["to"]) or (
        len(core) == 1 and (core[0] in SCHEDULED_PRESENT or core[0] in FACING))


def weekday_date(wd: int, ref: date, rel: str, tense: str, cue: str = "",
                 asked: bool = False, prep: str = "", note: bool = False,
                 explicit: bool = False) -> tuple[date, str]:
    """The date of weekday ``wd`` relative to ``ref`` (see the module docstring)."""
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    if not tense and prep in DEADLINES and not (note and rel == "next"):  # "by next thurs"
        return ref + timedelta(days=fwd), f"a deadline ('{prep}'): the first one on or after"
    if not tense and not rel and prep in WEEKDAY_AHEAD_WORDS:
        return ref + timedelta(days=fwd), f"a deadline or a return ('{prep}'), no verb: the " \
            "first one on or after"
    if prep == "later" and not fwd and not rel:  # "will vote later Thursday", told on Thursday
        return ref, "'later' before the weekday of the day itself (wire copy's 'later today'): " \
            "the day of"
    if note and not rel and tense in ("", "present"):
        return ref + timedelta(days=fwd), "a note or a question, no past verb (a plan): the " \
            "first one on or after"
    if prep in ("until", "till") and (tense in ("present", "")
                                      or cue.split()[:1] in (["has"], ["have"])):
        return ref + timedelta(days=fwd), f"the end of a state ('{prep}', '{cue or 'no verb'}')" \
            ": the first one on or after"
    if prep == "since" and not rel:
        return ref - timedelta(days=back), "'since' marks a start already past: the last one " \
            "on or before"
    if tense == "future" and not rel and not explicit and prep not in DEADLINES \
            and refused_telling(cue.lower().split()):
        return ref - timedelta(days=back), f"a refusal to tell ('{cue}') is reported, past: " \
            "the last one on or before"
    if tense == "future" and rel in ("", "this") and not explicit_future(cue, prep, explicit):
        # "next Friday", "last Friday" name their own side, whatever the verb group
        return ref - timedelta(days=back), f"'{cue}' is no explicit future (news report the " \
            "past): the last one on or before"
    if rel in ("last", "this past", "the previous", "past"):
        return ref - timedelta(days=back or 7), "the last one before"
    if rel in ("next", "this coming", "coming", "the following", "the next"):
        return ref + timedelta(days=fwd or 7), "the first one after"
    if rel == "this":
        d = ref - timedelta(days=ref.isoweekday() - wd)
        if tense == "future" and d < ref:  # "will rule this Monday", said on a Wednesday
            return d + timedelta(days=7), "future tense, and this week's is past: the next after"
        if tense == "past" and d > ref:  # "resigned this Friday", said on a Wednesday
            return d - timedelta(days=7), "past tense, and this week's is ahead: the last before"
        return d, "the one in the same week as"
    why = f" ('{cue}')" if cue else ""
    if tense == "future" and is_progressive(cue):
        return ref + timedelta(days=fwd), f"a plan in the present progressive{why}: the " \
            "first one on or after"
    if tense == "past" and (_plan_told_from_past(cue)
                            or (prep == "for" and _arranged_for(cue))):
        return ref + timedelta(days=fwd), f"a plan told from the past{why}: the first one on " \
            "or after"
    if tense == "past":
        return ref - timedelta(days=back), f"past tense{why}: the last one on or before"
    if tense == "future" and not fwd and cue.split()[:1] in (["was"], ["were"]):
        return ref, f"a future told from the past{why} on the weekday of the day itself: the " \
            "day of"  # "were expected to file on Tuesday", told on a Tuesday (session 13)
    if tense == "future" and (fwd or asked):
        return ref + timedelta(days=fwd or 7), f"future tense{why}: the first one after"
    if tense == "future":
        return ref, f"future tense{why} on the weekday of the day itself (news name the day " \
            "itself so; a week ahead is 'next ...'): the day of"
    if tense == "present" and _copula(cue):
        return ref + timedelta(days=fwd), f"a day something is on ('{cue}'): the first one on " \
            "or after"
    return ref - timedelta(days=back), "no tense cue (news report the past): the last one on " \
        "or before"


def _plan_after_past_verb(cue: str) -> bool:
    """Whether ``cue`` is a past verb of deciding or promising and its to-infinitive ("agreed
    to return", "voted to reopen", "pledged to resume"): a plan, which looks ahead of the day it
    was made (session 28); "had agreed to" is read as a past elsewhere."""
    words = cue.lower().split()
    return len(words) == 3 and words[1] == "to" and words[0].endswith("ed") \
        and (words[0] in FORWARD_BEFORE_TO or words[0] in VOTE_BEFORE_TO)


def _awaited(cue: str, prep: str) -> bool:
    """Whether a present progressive of waiting or getting ready (``AWAITING_PROGRESSIVES``)
    takes the weekday's possessive as its object, after "for" or right after it ("are bracing
    for Friday's report", "are awaiting Thursday's ruling"): the thing awaited is still to
    come, so its day lies ahead (session 27); other progressives ("are investigating Monday's
    break-in") leave a possessive's day to the news reading."""
    last = cue.lower().rpartition(" ")[2]
    return last in AWAITING_PROGRESSIVES and prep in ("for", last)


def _plan_told_from_past(cue: str) -> bool:
    """Whether ``cue`` is "was/were to <verb>" ("was to fly"): a plan, ahead of the telling, as
    "is to" is; "was to have flown" is a plan that failed (session 13, round 2, news)."""
    words = cue.lower().split()
    return len(words) > 2 and words[0] in PAST_BE and words[1] == "to" and words[2] != "have"


def _arranged_for(cue: str) -> bool:
    """Whether ``cue`` is a present perfect of arranging ("have scheduled", "has set"): a day
    after its "for" is the one arranged, ahead (session 20)."""
    words = cue.lower().split()
    return len(words) == 2 and words[0] in ("has", "have") and words[1] in ARRANGED_FOR_PARTICIPLES


def _copula(cue: str) -> bool:
    """Whether a present verb group is a bare "is"/"are" (with a preposition): "the vote is
    Tuesday", "the funeral is on Saturday" name a day ahead."""
    words = cue.lower().split()
    return words[:1] in (["is"], ["are"], ["'s"]) and (
        len(words) == 1 or words[1] in ("on", "at", "for", "from", "until", "till"))


def _pod_code(word: str) -> str:
    """The TIMEX3 code of a weekday's part of day, a post's "eve" an evening ("sun eve";
    session 23; no posts' spelling of ``norm``, which reads "christmas eve" too)."""
    w = norm(word)
    return PARTS_OF_DAY["evening" if w == "eve" else w]


def _weekday(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    wd = weekday_number(f["wd"])
    if f.get("plural"):
        return vague(f"XXXX-WXX-{wd}", f"'{c.text}' recurs every {f['wd']}", "SET")
    if f.get("pods"):  # "on Saturday nights"
        return vague(f"XXXX-WXX-{wd}{_pod_code(f['pod'])}",
                     f"'{c.text}' recurs every {f['wd']} {norm(f['pod'])}", "SET")
    # "Saturday just gone": the one that has passed, as "this past Saturday" (session 23)
    rel = "this past" if f.get("gone") else norm(f.get("rel"))
    mod = modifier(f.get("mod"))
    anaphoric = rel in ("the previous", "the following", "the next", "that", "the same", "the")
    base = discourse_day(a) if anaphoric else dct_day(a)
    week = a.period if a.period is not None and a.period.gran == "week" else None
    if rel in ("that", "the") and week is not None:
        base = Cal("day", week.start), "discourse", value(week)  # "The week of 27 February"
    if rel == "the" and base is not None and base[1] != "discourse":
        rel, anaphoric, base = "", False, dct_day(a)  # "on the Tuesday," with no day told
    if base is None:
        pod = _pod_code(f["pod"]) if f.get("pod") else ""
        return vague(f"XXXX-WXX-{wd}{pod}", f"'{c.text}' needs a publication date",
                     gran="part-of-day" if pod else "day", mod=mod)
    cal, anchor, av = base
    if f.get("wrel"):
        week = shift(of(cal.start, "week"), UNIT_RELATIONS[norm(f["wrel"])], "week")
        d = week.start + timedelta(days=wd - 1)
        how = f"{WEEKDAY_NAMES[wd]} of the week {value(week)}, '{norm(f['wrel'])} week' from"
    elif rel in ("that", "the") and anchor == "discourse" and not f.get("after") \
            and not f.get("count") and not f.get("nth"):
        d, how = _story_week_day(wd, cal.start, week)
    else:
        plan = a.tense == "future" and is_progressive(a.tense_cue)
        tense, cue = ("", "") if plan and f.get("poss") and not _awaited(a.tense_cue, a.prep) \
            else (a.tense, a.tense_cue)
        explicit = a.tense_explicit or (
            tense == "future" and not rel and not anaphoric and weak_after_a_day_ahead(
                a, cal.start, cue))
        d, how = weekday_date(wd, cal.start, rel, tense, cue, a.asked, a.prep, a.note,
                              explicit)
        sd = a.sentence_day
        if not rel and not anaphoric and sd is not None and sd.gran in ("day", "part-of-day") \
                and tense == "future" and sd.start <= cal.start and d < sd.start \
                and _plan_after_past_verb(cue):
            d = sd.start + timedelta(days=(wd - sd.start.isoweekday()) % 7 or 7)
            how = f"a plan ('{cue}') made on a day its sentence named before it " \
                f"({value(sd)}): the first one after that day; from"
        if rel == "next" and (d - cal.start).days == 1:
            d, how = d + timedelta(days=7), "not tomorrow (a speaker would say so): the " \
                "second one after"
        elif d == cal.start and not rel and tense == "future" and not anaphoric \
                and _after_a_day_ahead(a, cal.start):
            d, how = d + timedelta(days=7), "future tense, after a day ahead named earlier " \
                "in its sentence (a sequence told in order: 'will close on Friday and reopen " \
                "on Tuesday'): the one a week after"
    if f.get("count") or f.get("nth"):  # "three Fridays ago", "the second Friday from now"
        n = amount(f["count"]) if f.get("count") else _NTH[norm(f["nth"])]
        if n is None or n != int(n) or n < 1:
            return None
        ago = norm(f["dir"]) == "ago"
        first = weekday_date(wd, cal.start, "last" if ago else "next", "")[0]
        d = first + timedelta(days=7 * (int(n) - 1) * (-1 if ago else 1))
        how = f"the {int(n)}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}" \
              f" one {'before' if ago else 'after'}"
    if norm(f.get("after")) == "before last":  # "the Monday before last"
        d, how = weekday_date(wd, cal.start, "last", "")[0] - timedelta(days=7), \
            "a week before the last one before"
    elif f.get("after") or f.get("wk"):  # "the Friday after next", "Friday week"/"fortnight"
        weeks = 2 if norm(f.get("wk")) == "fortnight" else 1
        d, how = weekday_date(wd, cal.start, "next", "")[0] + timedelta(days=7 * weeks), \
            f"{'two weeks' if weeks == 2 else 'a week'} after the first one after"
    why = f"'{c.text}' = {how} the {anchor_name(anchor)} {av}"
    if f.get("pod"):
        return dated(Cal("part-of-day", d, _pod_code(f["pod"])), anchor, av, why)
    return dated(Cal("day", d), anchor, av, why, mod)


def _story_week_day(wd: int, day: date, week: Cal | None) -> tuple[date, str]:
    """ "that Thursday", "on the Wednesday," after a day the story named: the weekday of the
    story's week, whatever the tense: the one in the week under discussion ("The week of 27
    February: ... on the Tuesday"), else the first one on or after the day under discussion
    ("began on May 2 ... that Thursday": the Thursday after it), as a story runs forward
    (session 25)."""
    if week is not None:
        return week.start + timedelta(days=wd - 1), "the one in the week under discussion, " \
            "from"
    return day + timedelta(days=(wd - day.isoweekday()) % 7), "a day of the story's week: " \
        "the first one on or after"


def _after_a_day_ahead(a: Anchors, ref: date) -> bool:
    """Whether the sentence named a day after the publication date before this weekday
    ("will close on Friday and reopen on Tuesday", told on a Tuesday): a weekday read ahead on
    the publication date's own weekday then follows that day, a week on (session 24, round
    2), not the day itself."""
    day = a.sentence_day
    return day is not None and day.gran in ("day", "part-of-day", "hour", "minute") \
        and day.start > ref


def weak_after_a_day_ahead(a: Anchors, ref: date, cue: str) -> bool:
    """Whether a weak future ("could snarl", "may bring", "would keep") follows a day ahead of
    the publication date named earlier in its sentence ("reaches the coast by Saturday, which
    could snarl the trip home Sunday"): the sentence already looks ahead, so the weekday does
    too, as after "tonight" or "tomorrow" (session 22); "could have"/"would have" keep their
    past (session 25)."""
    words = cue.lower().split()
    return bool(words) and words[0] in _WEAK_MODALS and "have" not in words \
        and _after_a_day_ahead(a, ref)


#: Weak futures a day ahead named before them in the sentence sends forward (session 25).
_WEAK_MODALS = frozenset({"could", "would", "may", "might", "should", "can"})


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}


def _nth_weekday(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the first Monday of next month", "the last Friday of March": a weekday of a month
    (the month read as a month alone would be)."""
    f = c.fields
    wd, nth = weekday_number(f["wd"]), _NTH[norm(f["nth"])]
    if f.get("mrel") or f.get("mthe"):  # "of the month": the publication date's, as "this"
        month = _relative_month(norm(f.get("mrel")) or "this", a)
    else:
        fields = {"month": f["month"], **({"year": f["year"]} if f.get("year") else {})}
        month = MONTH_HANDLER(Candidate(c.start, c.end, c.text, "month_year", "month",
                                        MappingProxyType(fields)), a)
    if month is None or month.cal is None:
        return None if month is None else vague(
            f"{month.value[:7]}", f"'{c.text}': {month.explanation}", gran="month")
    m = month.cal.start
    d = nth_weekday(m.year, m.month, wd, nth)
    if d.month != m.month:
        return None  # no fifth Monday that month
    return dated(Cal("day", d), month.anchor, month.anchor_value,
                 f"'{c.text}' = {f['nth']} {WEEKDAY_NAMES[wd]} of {value(month.cal)} "
                 f"({month.explanation})")


def _relative_month(rel: str, a: Anchors) -> Resolution | None:
    """The month "next/last/this month" names, from the DCT (or the month under discussion
    for "that month", "the same month")."""
    n = UNIT_RELATIONS.get(rel)
    if n is None:
        return None
    if rel in ("that", "the same") and a.period is not None:
        base, anchor, av = a.period.start, "discourse", value(a.period)
    elif a.dct is not None:
        base, anchor, av = a.dct, "dct", a.dct.isoformat()
    else:
        return vague("XXXX-XX", f"'{rel} month' needs a publication date", gran="month")
    cal = shift(of(base, "month"), n, "month")
    return dated(cal, anchor, av, f"'{rel} month' = {value(cal)} from the "
                 f"{anchor_name(anchor)} {av}")


HANDLERS = {"weekday": _weekday, "nth_weekday": _nth_weekday}

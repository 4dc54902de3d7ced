"""Resolve deictic and anaphoric references: today, last week, Friday, the day before,
three days ago, in ten days.

Weekday rule (documented choice): "last Friday" is the last Friday strictly before the DCT,
"next Friday" the first strictly after; a bare "Friday" is the last Friday on or before the DCT
(news mostly report the past, and say "said on Friday" on the Friday itself) unless the verb
group governing it (``tense.clause_tense``) is an explicit future ("will", "is due to",
"scheduled", a present of a scheduled event such as "opens") or a weaker future ("would",
"could", "hopes to") that the weekday hangs on with "on": then the first Friday after it (the
DCT itself only when the sentence speaks of today)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from types import MappingProxyType

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
from ..recognise import Candidate
from ..resources.calendar_words import PARTS_OF_DAY
from ..resources.units import (
    ANAPHORIC_DAYS,
    ANAPHORIC_RELATIONS,
    DEICTIC_DAYS,
    OFFSET_DIRECTIONS,
    UNIT_PLURALS,
    UNIT_RELATIONS,
    UNITS,
)
from ..resources.verbs import EXPLICIT_FUTURE, SCHEDULED_PRESENT
from ..values import RANK, Cal, nth_weekday, of, shift, value
from ..words import WEEKDAY_NAMES, amount, norm, weekday_number
from .absolute import HANDLERS as ABSOLUTE
from .durations import duration_value

MONTH_HANDLER = ABSOLUTE["month"]


def _days(n: int) -> str:
    if n == 0:
        return "itself"
    return f"{'plus' if n > 0 else 'minus'} {abs(n)} day{'s' if abs(n) != 1 else ''}"


def _deictic_day(c: Candidate, a: Anchors) -> Resolution | None:
    word = norm(c.fields["dw"])
    word = f"the {word}" if word.startswith("day ") else word  # "day after tomorrow"
    n, pod = DEICTIC_DAYS[word]
    mod = modifier(c.fields.get("mod"))
    base = dct_day(a)
    if base is None:
        return vague("XXXX-XX-XX" + (pod or ""), f"'{c.text}' needs a publication date",
                     gran="part-of-day" if pod else "day", mod=mod)
    cal, anchor, av = base
    day = shift(cal, n, "day")
    why = f"'{c.text}' = {anchor_name(anchor)} {av} {_days(n)}"
    if pod:
        return dated(Cal("part-of-day", day.start, pod), anchor, av, why)
    return dated(day, anchor, av, why, mod)


def _anaphoric_day(c: Candidate, a: Anchors) -> Resolution | None:
    n = ANAPHORIC_DAYS[norm(c.fields["phrase"])]
    base = discourse_day(a)
    if base is None:
        return vague("XXXX-XX-XX", f"'{c.text}' refers to a day not given", gran="day")
    cal, anchor, av = base
    day = shift(cal, n, "day")
    if a.event:
        return dated(day, anchor, av, f"'{c.text} {a.event}' = {av} {_days(n)}, the day of "
                     f"{a.event} (dated by '{a.event_text}' in an earlier sentence)")
    return dated(day, anchor, av, f"'{c.text}' = {anchor_name(anchor)} {av} {_days(n)}")


#: Prepositions that hang a weekday on the verb group of its clause ("would strike on
#: Friday", "would stage a go-slow from Wednesday").
_ATTACHING = frozenset({"on", "from", "by", "until", "till", "starting", "before", "after"})


#: Prepositions of a deadline: with no tense the weekday they name lies ahead ("by Friday").
DEADLINES = frozenset({"by", "until", "till", "before"})


def explicit_future(cue: str, prep: str = "") -> bool:
    """Whether a future verb group ``cue`` sends a bare weekday forward: an explicit future
    word, a scheduled-event present ("opens"), "is to", or any future verb the weekday hangs
    on with a preposition ("on Friday", "from Friday")."""
    words = cue.lower().replace("'ll", " will").split()
    if prep in _ATTACHING or any(w in EXPLICIT_FUTURE for w in words):
        return True
    return (words[:1] in (["is"], ["are"]) and words[1:2] == ["to"]) or (
        len(words) == 1 and words[0] in SCHEDULED_PRESENT)


def weekday_date(wd: int, ref: date, rel: str, tense: str, cue: str = "",
                 today: bool = False, prep: str = "") -> tuple[date, str]:
    """The date of weekday ``wd`` relative to ``ref`` (see the module docstring)."""
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    if not tense and prep in DEADLINES:
        return ref + timedelta(days=fwd), f"a deadline ('{prep}'): the first one on or after"
    if tense == "future" and not explicit_future(cue, prep):
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
    if tense == "past":
        return ref - timedelta(days=back), f"past tense{why}: the last one on or before"
    if tense == "future" and (fwd or not today):
        return ref + timedelta(days=fwd or 7), f"future tense{why}: the first one after"
    if tense == "future":
        return ref, f"future tense{why}, and the sentence speaks of today: the day of"
    return ref - timedelta(days=back), "no tense cue (news report the past): the last one on " \
        "or before"


def _weekday(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    wd = weekday_number(f["wd"])
    if f.get("plural"):
        return vague(f"XXXX-WXX-{wd}", f"'{c.text}' recurs every {f['wd']}", "SET")
    rel = norm(f.get("rel"))
    mod = modifier(f.get("mod"))
    anaphoric = rel in ("the previous", "the following", "the next", "that", "the same")
    base = discourse_day(a) if anaphoric else dct_day(a)
    if base is None:
        pod = PARTS_OF_DAY[norm(f["pod"])] if f.get("pod") else ""
        return vague(f"XXXX-WXX-{wd}{pod}", f"'{c.text}' needs a publication date",
                     gran="part-of-day" if pod else "day", mod=mod)
    cal, anchor, av = base
    if f.get("wrel"):
        week = shift(of(cal.start, "week"), UNIT_RELATIONS[norm(f["wrel"])], "week")
        d = week.start + timedelta(days=wd - 1)
        how = f"{WEEKDAY_NAMES[wd]} of the week {value(week)}, '{norm(f['wrel'])} week' from"
    else:
        d, how = weekday_date(wd, cal.start, rel, a.tense, a.tense_cue, a.today, a.prep)
    if f.get("count"):  # "three Fridays ago", "two Fridays from now"
        n = amount(f["count"])
        if n is None or n != int(n) or n < 1:
            return None
        ago = norm(f["dir"]) == "ago"
        first = weekday_date(wd, cal.start, "last" if ago else "next", "")[0]
        d = first + timedelta(days=7 * (int(n) - 1) * (-1 if ago else 1))
        how = f"the {int(n)}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}" \
              f" one {'before' if ago else 'after'}"
    if f.get("after"):  # "the Friday after next": a week past next Friday
        d, how = weekday_date(wd, cal.start, "next", "")[0] + timedelta(days=7), \
            "a week after the first one after"
    why = f"'{c.text}' = {how} the {anchor_name(anchor)} {av}"
    if f.get("pod"):
        return dated(Cal("part-of-day", d, PARTS_OF_DAY[norm(f["pod"])]), anchor, av, why)
    return dated(Cal("day", d), anchor, av, why, mod)


def _unit_name(raw: str) -> str:
    w = norm(raw)
    w = UNIT_PLURALS.get(w, w)
    return "year" if w == "fiscal year" else w


def _unit_rel(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    rel = norm(f.get("rel"))
    mod = modifier(f.get("mod"))
    if f.get("ended") and rel == "the" and _unit_name(f["unit"]) == "year":
        return vague("P1Y", f"'{c.text} {f['ended']}' <date>: the twelve months up to that date",
                     "DURATION")
    if c.rule == "unit_year_end":
        unit, n, mod = rel, 0, "END"
    elif c.rule == "unit_year_ago_adj":
        unit, n = "year", -1
    elif c.rule == "unit_after_next":
        unit, n = _unit_name(f["unit"]), 2
    elif c.rule == "unit_before_after":  # "the month before": next to the one in discussion
        unit, n = _unit_name(f["unit"]), 1 if norm(f["dir"]) in ("after", "later") else -1
    else:
        unit, n = _unit_name(f["unit"]), UNIT_RELATIONS[rel]
    if rel == "the latest" and unit in ("week", "day"):
        n = 0
    anaphoric = rel in ANAPHORIC_RELATIONS or c.rule in ("unit_year_ago_adj",
                                                          "unit_before_after")
    base: Cal | None = None
    if anaphoric and a.period is not None and RANK[a.period.gran] <= RANK[unit]:
        base, anchor, av = a.period, "discourse", value(a.period)
        if c.rule == "unit_year_ago_adj":
            return _year_ago(c, a, a.period, av)
    elif a.dct:
        base, anchor, av = Cal("day", a.dct), "dct", a.dct.isoformat()
    if base is None:
        x = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX"}.get(unit, "XXXX")
        return vague(x, f"'{c.text}' needs a publication date", gran=unit, mod=mod)
    cal = shift(of(base.start, unit), n, unit)
    if unit == "quarter" and n == 0 and rel == "the" and a.tense == "past" \
            and a.dct is not None and shift(cal, 1, "quarter").start > a.dct:
        n, cal = -1, shift(cal, -1, "quarter")  # "sales rose in the quarter": a finished one
    word = {0: "the same", -1: "the previous", 1: "the next", 2: "the one after the next"
            }.get(n, f"{n:+d}")
    return dated(cal, anchor, av, f"'{c.text}' = {word} {unit} relative to the "
                 f"{anchor_name(anchor)} {av}", mod)


def _year_ago(c: Candidate, a: Anchors, period: Cal, av: str) -> Resolution:
    """ "year-ago", "year-earlier" (results, quarter): the period under discussion a year
    back, unless it already lies in a year before the DCT's (then it is that period); a day
    under discussion stands for its quarter when a quarter or period is compared."""
    if period.gran in _DAYISH and c.fields.get("unit"):
        period = of(period.start, "quarter")
    if a.dct is not None and period.start.year < a.dct.year:
        return dated(period, "discourse", av, f"'{c.text}' = the period under discussion {av}, "
                     "already a year before the publication year")
    if RANK[period.gran] >= RANK["year"]:
        period = of(period.start, "year")
    return dated(shift(period, -1, "year"), "discourse", av,
                 f"'{c.text}' = the period under discussion {av} a year earlier")


_DAYISH = frozenset({"day", "part-of-day", "hour", "minute"})


def _offset(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    unit = _unit_name(f["unit"])
    sign, anaphoric = OFFSET_DIRECTIONS[norm(f.get("dir") or f["dir2"])]
    n = amount(f["num"])
    _letter, mult, cal_unit = UNITS[unit]
    if n is None or n != int(n):
        return vague("PAST_REF" if sign < 0 else "FUTURE_REF", f"'{c.text}' is a vague offset")
    steps = int(n) * mult * sign
    if cal_unit in ("decade", "century"):  # steps already count years: "a decade ago" = -10
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):
        cal_unit, steps = "day", 0 if n < 24 else steps // 24 if cal_unit == "hour" else 0
    if anaphoric:
        big = RANK[cal_unit] > RANK["week"]
        per = a.period if big and a.period is not None and RANK[a.period.gran] <= RANK[cal_unit] \
            else None
        if per is not None:
            return dated(shift(per, steps, cal_unit), "discourse", value(per),
                         f"'{c.text}' = the date under discussion {value(per)} moved by "
                         f"{steps:+d} {cal_unit}(s)")
        base = discourse_day(a)
    else:
        base = dct_day(a)
        if cal_unit == "year" and a.period is not None and a.period_age <= 1 \
                and a.period.gran in ("quarter", "half"):
            return dated(shift(a.period, steps, "year"), "discourse", value(a.period),
                         f"'{c.text}' = the period under discussion {value(a.period)} "
                         f"moved by {steps:+d} year(s)")
    if base is None:
        return vague("PAST_REF" if sign < 0 else "FUTURE_REF",
                     f"'{c.text}' needs a publication date")
    cal, anchor, av = base
    if f.get("today"):  # "a year ago today": that day, so many units back
        day = shift(cal, DEICTIC_DAYS[norm(f["today"])][0], "day")
        out = shift(day, steps * 7 if cal_unit == "week" else steps,
                    "day" if cal_unit == "week" else cal_unit)
        return dated(Cal("day", out.start), anchor, av, f"'{c.text}' = {norm(f['today'])} "
                     f"({day.start.isoformat()}) moved by {steps:+d} {cal_unit}(s)")
    if cal_unit in ("day", "week") and unit != "weekend":
        days = steps * (7 if cal_unit == "week" else 1)
        out = shift(cal, days, "day")
        if cal_unit == "week" and abs(steps) > 2:
            out = of(out.start, "week")
    else:
        out = shift(of(cal.start, cal_unit), steps, cal_unit)
    return dated(out, anchor, av, f"'{c.text}' = {anchor_name(anchor)} {av} moved by "
                 f"{steps:+d} {cal_unit}(s)")


def _in_offset(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    unit = _unit_name(f["unit"])
    n = amount(f["num"])
    _letter, mult, cal_unit = UNITS[unit]
    # no verb at all ("back in 30 minutes") reads as ahead; a past or present clause has a
    # length ("fell 4% in two days", "the lowest in five years")
    future = a.tense in ("future", "") or "time" in c.text.lower()
    within = c.text[:6].lower() == "within"  # "within 24 hours" is a length, not a date
    if n is None or not future or within or a.dct is None or n != int(n):
        v = duration_value(n, unit)
        return vague(v, f"'{c.text}' is a length of time", "DURATION")
    steps = int(n) * mult
    base = Cal("day", a.dct)
    if cal_unit in ("decade", "century"):  # steps already count years
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):
        steps, cal_unit = 0, "day"
    if cal_unit in ("day", "week"):
        out = shift(base, steps * (7 if cal_unit == "week" else 1), "day")
    else:
        out = shift(of(a.dct, cal_unit), steps, cal_unit)
    return dated(out, "dct", a.dct.isoformat(), f"'{c.text}' (future) = publication date "
                 f"{a.dct.isoformat()} plus {steps} {cal_unit}(s)")


_FROM_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _offset_from(c: Candidate, a: Anchors) -> Resolution | None:
    """ "two weeks from today", "a week from Tuesday": an amount counted from a named day."""
    f = c.fields
    unit = _unit_name(f["unit"])
    n = amount(f["num"])
    _letter, mult, cal_unit = UNITS[unit]
    if a.dct is None or n is None or n != int(n):
        return vague("FUTURE_REF", f"'{c.text}' needs a publication date" if a.dct is None
                     else f"'{c.text}' is a vague offset")
    if f.get("wd"):
        start, how = weekday_date(weekday_number(f["wd"]), a.dct, "next", "")
        how = f"{f['wd']} ({how} the publication date)"
    else:
        start = a.dct + timedelta(days=_FROM_DAYS[norm(f["base"])])
        how = f"{norm(f['base'])} ({start.isoformat()})"
    steps = int(n) * mult
    if cal_unit in ("decade", "century"):  # steps already count years
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):
        cal_unit, steps = "day", 0
    elif cal_unit == "week":
        cal_unit, steps = "day", steps * 7
    out = shift(Cal("day", start), steps, cal_unit)
    return dated(out, "dct", a.dct.isoformat(),
                 f"'{c.text}' = {how} plus {steps} {cal_unit}(s)")


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}


def _nth_weekday(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the first Monday of next month", "the last Friday of March": a weekday of a month
    (the month read as a month alone would be)."""
    f = c.fields
    wd, nth = weekday_number(f["wd"]), _NTH[norm(f["nth"])]
    if f.get("mrel"):
        month = _unit_rel(Candidate(c.start, c.end, c.text, "unit_relative", "unit_rel",
                                    MappingProxyType({"rel": f["mrel"], "unit": "month"})), a)
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


def _apposition(c: Candidate, a: Anchors) -> Resolution | None:
    primary, secondary = c.parts
    r = _deictic_day(primary, a)
    if r is None or r.cal is None:
        return r
    wd = weekday_number(secondary.fields["wd"])
    day = r.cal.start
    agree = "agrees with" if day.isoweekday() == wd else \
        f"DISAGREES with (it is a {WEEKDAY_NAMES[day.isoweekday()]})"
    return replace(r, explanation=f"{r.explanation}; {agree} '{secondary.text}'")


HANDLERS = {
    "deictic_day": _deictic_day, "anaphoric_day": _anaphoric_day, "weekday": _weekday,
    "unit_rel": _unit_rel, "offset": _offset, "in_offset": _in_offset,
    "apposition": _apposition, "offset_from": _offset_from, "nth_weekday": _nth_weekday,
}


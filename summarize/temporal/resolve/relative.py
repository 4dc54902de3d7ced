"""Resolve deictic and anaphoric references: today, last week, the day before, three days
ago, in ten days, two weeks from today (weekdays are in ``weekdays``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

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
from ..resources.units import (
    ANAPHORIC_DAYS,
    ANAPHORIC_RELATIONS,
    APPROXIMATORS,
    DEICTIC_DAYS,
    FISCAL_START_VERBS,
    OFFSET_DIRECTIONS,
    UNIT_END_ABBREVIATIONS,
    UNIT_PLURALS,
    UNIT_RELATIONS,
    UNITS,
)
from ..resources.verbs import PRESENT_BE_IN
from ..values import RANK, Cal, floor, last_quarter, of, quarter_ending, shift, value
from ..verb_groups import PAST_CUES, PRESENT_PERFECT, is_past_form
from ..words import WEEKDAY_NAMES, amount, month_number, norm, weekday_number
from .absolute import nearest, safe_date
from .durations import duration_value
from .weekdays import DEADLINES, weekday_date


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


#: Periods under discussion that "that day" cannot reach back past to an older day.
_WHOLE_PERIODS = frozenset({"month", "quarter", "half", "year"})


def _anaphoric_day(c: Candidate, a: Anchors) -> Resolution | None:
    phrase = norm(c.fields["phrase"])
    n = ANAPHORIC_DAYS[phrase]
    if a.prep == "at" and phrase == "the day" and norm(c.fields.get("mod")) == "the end of" \
            and a.tense in ("", "present"):
        return None  # "At the end of the day, voters want jobs": the idiom, no time
    if phrase.startswith("that") and a.day is None and not a.event:
        return None  # "redemptions that day": no day named before, a generic day
    if phrase.startswith("that") and a.day is not None and not a.event \
            and a.period is not None and a.period.gran in _WHOLE_PERIODS \
            and floor(a.day.start, a.period.gran) != a.period.start:
        return None  # "married in 1902 ... from that date": a year or a month named since the
        # last day is what the text is on, and no day of it was named (session 27's read)
    base = discourse_day(a)
    if base is None:
        return vague("XXXX-XX-XX", f"'{c.text}' refers to a day not given", gran="day")
    cal, anchor, av = base
    day = shift(cal, n, "day")
    mod = modifier(c.fields.get("mod"))  # "the end of the day"
    if a.event:
        return dated(day, anchor, av, f"'{c.text} {a.event}' = {av} {_days(n)}, the day of "
                     f"{a.event} (dated by '{a.event_text}' in an earlier sentence)", mod)
    return dated(day, anchor, av, f"'{c.text}' = {anchor_name(anchor)} {av} {_days(n)}", mod)


def _unit_name(raw: str) -> str:
    w = norm(raw)
    w = UNIT_PLURALS.get(w, w)
    return "year" if w == "fiscal year" else w


def _fiscal_year(c: Candidate, a: Anchors) -> Resolution | None:
    """A fiscal year named by its dated end (that year) or by its first day (the year it ends
    in, as fiscal years are named), so "the fiscal year beginning Oct. 1" is no length."""
    f = c.fields
    if f.get("endyear"):
        year = int(f["endyear"])
        return dated(Cal("year", date(year, 1, 1)), "absolute", "",
                     f"'{c.text} {f['ended']} ... {year}' = the fiscal year ended in {year}")
    if a.dct is None:
        return None
    month, day = month_number(f["fmonth"]), int(f["fday"])
    try:
        start = date(a.dct.year, month, day)
    except ValueError:
        return None
    if FISCAL_START_VERBS[norm(f["fstart"])]:
        start = start if start <= a.dct else start.replace(year=start.year - 1)
    elif start < a.dct:
        start = start.replace(year=start.year + 1)
    year = start.year + (month > 1 or day > 1)
    return dated(Cal("year", date(year, 1, 1)), "dct", a.dct.isoformat(),
                 f"'{c.text} {f['fstart']} {f['fmonth']} {day}' starts {start.isoformat()}: "
                 f"the fiscal year ending in {year}")


#: "the past"/"the last" after "over": the stretch up to now ("grew over the past decade" is
#: P10Y, TimeML's reading; session 15, newswire).
_SPAN_BACK = frozenset({"the past", "the last"})
#: ... and ahead: "will fall over the next decade" is the ten years from now, P10Y (session 19,
#: unseen wire).
_SPAN_OVER = _SPAN_BACK | {"the next", "the coming"}
#: Verbs of spending time: "the past year", "the next week" after them is the length spent
#: ("has spent the past year rebuilding them" is P1Y; session 18).
_SPENDING = frozenset({"spent", "spend", "spends", "spending"})
_SPENT_STRETCH = _SPAN_BACK | {"the next", "the coming"}
#: The rules of "the past decade" with or without a clause after it ("over the past decade
#: after catches were cut" is the same stretch; session 29).
_UNIT_RELATIVE = frozenset({"unit_relative", "unit_relative_clause"})


#: Units whose edge after a deadline's or a start's preposition is the current one's ("by the
#: end of the month"; "by the end of the century" after a story's 20th century: session 22).
_EDGED_UNITS = frozenset({"year", "month", "week", "decade", "century"})


def _unit_rel(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    rel = norm(f.get("rel"))
    if c.rule == "unit_full_year" and a.period is not None and a.dct is not None \
            and a.period.start.year > a.dct.year:
        rel = "this"  # "the full year" reports a year begun, not a target year named before
    if c.rule == "headline_weekend":
        rel = "the"  # a headline's "Through Weekend": "the weekend" (session 26)
    if c.rule == "unit_holiday_weekend_bare":
        rel = "this"  # a post's "bank hol wknd and it's snowing" (session 28)
    if c.rule == "unit_full_year" and f.get("adjunit"):  # "full-year results" (session 27)
        f = {**f, "unit": "year"}
        rel = "this" if f.get("outlook") else rel or "the"
    if c.rule == "unit_full_year" and f.get("expect"):
        rel = "this"  # "expects sales for the full year to rise": the year in progress
    mod = modifier(f.get("mod"))
    if rel == "the" and norm(f["unit"]) == "fiscal year" and (f.get("endyear") or f.get("fstart")):
        return _fiscal_year(c, a)  # not "the year ending June 30, 1990": twelve months (P1Y)
    if f.get("ended") and f.get("endmonth") and rel == "the" \
            and _unit_name(f["unit"]) == "quarter":
        return _quarter_ended(c, a)
    if f.get("ended") and rel == "the" and _unit_name(f["unit"]) == "year":
        return vague("P1Y", f"'{c.text} {f['ended']}' <date>: the twelve months up to that date",
                     "DURATION")
    if a.prep == "over" and rel in _SPAN_OVER and not mod and c.rule in _UNIT_RELATIVE \
            and _unit_name(f["unit"]) == "decade":
        side = "up to now" if rel in _SPAN_BACK else "from now"
        return vague("P10Y", f"'over {c.text}': the ten years {side}, a length", "DURATION")
    if a.prep in _SPENDING and rel in _SPENT_STRETCH and not mod and c.rule in _UNIT_RELATIVE:
        return vague(duration_value(1, _unit_name(f["unit"])),
                     f"'{a.prep} {c.text}': the time spent, a length", "DURATION")
    if c.rule == "unit_year_end":
        unit, n, mod = rel, 0, "END"
    elif c.rule == "unit_end_abbr":  # "till EOD": the end of the current day (session 12)
        unit, n, mod = UNIT_END_ABBREVIATIONS[norm(f["abbr"])], 0, "END"
    elif c.rule == "unit_mid":  # "by mid-year", "midweek": the middle of the current one
        unit, n, mod = rel, 0, "MID"
    elif c.rule == "unit_year_ago_adj":
        unit, n = "year", -1
    elif c.rule == "unit_after_next":
        unit, n = _unit_name(f["unit"]), 2
    elif c.rule == "unit_before_last":
        unit, n = _unit_name(f["unit"]), -2
    elif c.rule == "unit_end_bare":
        unit, n = _unit_name(f["unit"]), 0
    elif c.rule == "unit_before_after":  # "the month before": next to the one in discussion
        unit, n = _unit_name(f["unit"]), 1 if norm(f["dir"]) in ("after", "later") else -1
    else:
        unit, n = _unit_name(f["unit"]), UNIT_RELATIONS[rel]
    if unit == "weekend" and rel in _COMING and a.dct is not None and a.dct.isoweekday() <= 5:
        n = 0  # "this coming weekend" on a weekday: the one of its week, as "this weekend"
    if unit == "period":
        return _latest_period(c, a) if rel == "the latest" else None
    if rel == "the latest" and unit in ("week", "day"):
        n = 0
    anaphoric = rel in ANAPHORIC_RELATIONS or c.rule in ("unit_year_ago_adj",
                                                          "unit_before_after")
    if anaphoric and rel == "the" and unit == "month" and mod and a.prep == "by" \
            and _month_ahead(a):
        anaphoric = False  # "plans in September, and results by the end of the month"
    if anaphoric and rel == "the" and unit in ("year", "month") and a.tense == "future" \
            and not _past_future(a.tense_cue) and a.period is not None and a.dct is not None \
            and RANK[a.period.gran] <= RANK[unit] and a.period.start < of(a.dct, unit).start:
        # "sales fell in 2019 ... expects approval by the end of the year"; "sales fell in
        # April ... will report by the end of the month" told in June (session 19)
        anaphoric = False
    if anaphoric and rel == "the" and mod and unit in _EDGED_UNITS and (
            a.prep == "since" or (a.prep in DEADLINES and (
                a.tense != "past" or _present_perfect(a.tense_cue)))):
        # "would decide by the end of the month", "have lost 9% since the start of the year":
        # a deadline's or a start's edge of the current period, whatever date the story
        # named last, told from the present or the past (session 20); a present perfect's
        # deadline too: "have been told to stay indoors until the end of the month" (s31)
        anaphoric = False
    base: Cal | None = None
    if anaphoric and a.period is not None and RANK[a.period.gran] <= RANK[unit]:
        base, anchor, av = a.period, "discourse", value(a.period)
        if c.rule == "unit_year_ago_adj":
            return _year_ago(c, a, a.period, av)
    elif a.dct:
        base, anchor, av = Cal("day", a.dct), "dct", a.dct.isoformat()
        if c.rule == "unit_year_ago_adj" and (f.get("unit") or "").lower() == "quarter":
            return dated(shift(last_quarter(a.dct), -1, "year"), "dct", av,
                         f"'{c.text}' = the last quarter ended before the publication date "
                         f"{av}, a year earlier")
    if base is None:
        x = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
             "quarter": "XXXX-QX"}.get(unit, "XXXX")
        return vague(x, f"'{c.text}' needs a publication date", gran=unit, mod=mod)
    if unit == "weekend" and n == 1 and anchor == "discourse" and base.gran == "day" \
            and (rel in _FOLLOWING or c.rule == "unit_before_after") \
            and base.start.isoweekday() <= 5:
        n = 0  # "fell on Thursday ... The following weekend", "the weekend after": that week's
        # (session 29)
    cal = shift(of(base.start, unit), n, unit)
    if unit == "quarter" and n == 0 and rel == "the" and a.tense == "past" \
            and a.dct is not None and shift(cal, 1, "quarter").start > a.dct:
        n, cal = -1, shift(cal, -1, "quarter")  # "sales rose in the quarter": a finished one
    if unit == "weekend" and rel == "this" and n == 0 and a.tense == "past" \
            and a.dct is not None and a.dct.isoweekday() <= 2 and cal.start > a.dct \
            and _was_state(a.tense_cue):
        # a post's "this wkend was a write off" told on a Monday or a Tuesday: the weekend
        # just gone, the one of this week not begun yet (session 30)
        cal = shift(cal, -1, "week")
        return dated(cal, anchor, av, f"'{c.text}' = past tense ('{a.tense_cue}') on a Monday "
                     f"or a Tuesday: the weekend just gone before the publication date {a.dct}",
                     mod)
    if unit == "weekend" and rel == "the" and a.dct is not None:
        cal, why = _which_weekend(cal, a)
        return dated(cal, anchor, av, f"'{c.text}' = {why} the publication date {a.dct}", mod)
    word = {0: "the same", -1: "the previous", 1: "the next", 2: "the one after the next"
            }.get(n, f"{n:+d}")
    return dated(cal, anchor, av, f"'{c.text}' = {word} {unit} relative to the "
                 f"{anchor_name(anchor)} {av}", mod)


def _was_state(cue: str) -> bool:
    """Whether a past clause's verb group is a bare "was"/"were" telling a state ("was a
    write off", "were away"), not a passive's ("was moved to Sunday", a plan; session 30)."""
    words = norm(cue).split()
    return words[:1] in (["was"], ["were"]) and not any(is_past_form(w) for w in words[1:])


def _quarter_ended(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the quarter ended June 30": the calendar quarter holding most of the three months up
    to that day (the one holding the day 45 days before it, so a fiscal quarter ended Oct. 31
    is the third); the day's year is the one named, else after "ended" the last on or before
    the publication date, after "ending" the nearest (session 19)."""
    f = c.fields
    month, day = month_number(f["endmonth"]), int(f["endday"])
    if f.get("endyear"):
        year = int(f["endyear"])
    elif a.dct is not None and norm(f["ended"]) == "ended":
        year = a.dct.year if (month, day) <= (a.dct.month, a.dct.day) else a.dct.year - 1
    elif a.dct is not None:  # "ending": the nearest such day, as a date without a year
        days = [d for y in (a.dct.year - 1, a.dct.year, a.dct.year + 1)
                if (d := safe_date(y, month, day)) is not None]
        if not days:
            return None
        year = nearest(days, a.dct, "").year
    else:
        return None
    end = safe_date(year, month, day)
    if end is None:
        return None
    cal = quarter_ending(end)
    return dated(cal, "absolute", "", f"'{c.text} {f['ended']} {f['endmonth']} {day}' = the "
                 f"quarter that ends on {end.isoformat()} (most of its months: {value(cal)})")


#: Relations of the weekend after a day under discussion: after a weekday, the weekend of the
#: same ISO week, the first to follow it (session 29).
_FOLLOWING = frozenset({"the following", "the next"})
#: Relations of a weekend ahead: on a weekday, the weekend of the same ISO week (session 14).
_COMING = frozenset({"this coming", "coming", "the coming", "the upcoming"})


def _present_perfect(cue: str) -> bool:
    """Whether a verb group is a present perfect ("have been told to keep"): told from now,
    so a deadline after it ("until the end of the month") is the current period's."""
    return (cue.lower().split() or [""])[0] in PRESENT_PERFECT  # cues come ``normed``


def _past_future(cue: str) -> bool:
    """Whether a future verb group is told from the past ("expected", "would recover"), so
    "the year" after it may still be a year under discussion before the publication year."""
    first = (cue.lower().split() or [""])[0]
    return first in PAST_CUES or first.endswith("ed") or first in ("would", "could", "might")


def _month_ahead(a: Anchors) -> bool:
    """Whether the month under discussion is one after the publication date's: a deadline "by
    the end of the month" then keeps the publication date's month, as "the first of the month"
    does (convention table), not a month named as a plan ahead (session 12, newswire)."""
    p = a.period
    return p is not None and a.dct is not None and p.gran == "month" and p.start > a.dct


def _latest_period(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the latest period" of a results report: the quarter under discussion, else the last
    quarter ended before the publication date (as "the latest quarter")."""
    if a.period is not None and a.period.gran == "quarter":
        av = value(a.period)
        return dated(a.period, "discourse", av, f"'{c.text}' = the quarter under discussion {av}")
    if a.dct is None:
        return None
    cal = last_quarter(a.dct)
    return dated(cal, "dct", a.dct.isoformat(), f"'{c.text}' = the last quarter ended before "
                 f"the publication date {a.dct.isoformat()}")


def _which_weekend(cal: Cal, a: Anchors) -> tuple[Cal, str]:
    """ "the weekend": a past clause takes the last weekend begun by the DCT, a future one the
    next not yet over, no tense the nearer (Monday and Tuesday look back)."""
    dct = a.dct
    assert dct is not None
    if a.tense == "past" or (not a.tense and dct.isoweekday() <= 2):
        while cal.start > dct:
            cal = shift(cal, -1, "week")
        return cal, ("past tense: the last weekend begun by" if a.tense
                     else "no tense: the nearer weekend, the one before")
    if a.tense == "future":
        while cal.start + timedelta(days=1) < dct:
            cal = shift(cal, 1, "week")
        return cal, "future tense: the next weekend not over by"
    return cal, "the weekend of the week of"


def _year_ago(c: Candidate, a: Anchors, period: Cal, av: str) -> Resolution:
    """ "year-ago", "year-earlier" (results, quarter): the period under discussion a year
    back, unless it already lies in a year before the DCT's (then it is that period); a day
    under discussion stands for its quarter when a quarter or period is compared."""
    unit = (c.fields.get("unit") or "").lower()
    if (period.gran in _DAYISH and unit) or (period.gran == "month" and unit == "quarter"):
        period = of(period.start, "quarter")  # "the year-ago quarter" after a month: its quarter
    if a.dct is not None and period.start.year < a.dct.year \
            and not (period.gran == "quarter"
                     and period == last_quarter(a.dct)):
        # (the last quarter ended before the publication date is the one reported, "a
        # fourth-quarter loss" told in February: its year-earlier one is a year back; session 13)
        return dated(period, "discourse", av, f"'{c.text}' = the period under discussion {av}, "
                     "already a year before the publication year")
    if RANK[period.gran] >= RANK["year"]:
        period = of(period.start, "year")
    return dated(shift(period, -1, "year"), "discourse", av,
                 f"'{c.text}' = the period under discussion {av} a year earlier")


_DAYISH = frozenset({"day", "part-of-day", "hour", "minute"})

#: "a year earlier" after a month, a week or a season ("that spring ... A year later"; session
#: 20) is a year, the phrase's own granularity; a quarter, a half or a day (a results date)
#: keeps its own, a year back.
_YEAR_NOT_COPIED = frozenset({"month", "week", "weekend", "season"})  # weekend: session 22


def _offset(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    unit = _unit_name(f["unit"])
    sign, anaphoric = OFFSET_DIRECTIONS[norm(f.get("dir") or f["dir2"])]
    # "three quarters of a century ago", "a decade and a half ago" (session 25)
    n = _FRACTIONS[norm(f["frac"]).replace("-", " ")] if f.get("frac") else amount(f["num"])
    if f.get("andhalf") and n is not None:
        n += 0.5
    _letter, mult, cal_unit = UNITS[unit]
    if n is None and cal_unit in ("hour", "minute", "second") and a.dct is not None:
        return dated(Cal("day", a.dct), "dct", a.dct.isoformat(), f"'{c.text}' lies within "
                     f"the day of the publication date {a.dct.isoformat()}")
    if n is not None and n != int(n) and not anaphoric and a.dct is not None:
        return _fraction_offset(c, a.dct, n * mult * sign, cal_unit)
    if n is None and anaphoric:  # "a few days later": a stretch from a time named before
        return vague(duration_value(None, unit), f"'{c.text}': a stretch of unknown length "
                     "from the time under discussion", "DURATION")
    if n is None or n != int(n):
        return vague("PAST_REF" if sign < 0 else "FUTURE_REF", f"'{c.text}' is a vague offset")
    steps = int(n) * mult * sign
    long_unit = cal_unit in ("decade", "century")
    if long_unit:  # steps already count years: "a decade ago" = -10
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):
        cal_unit, steps = "day", 0 if n < 24 else steps // 24 if cal_unit == "hour" else 0
    if anaphoric:
        big = RANK[cal_unit] > RANK["week"]
        per = a.period if big and a.period is not None and RANK[a.period.gran] <= RANK[cal_unit] \
            else None
        if per is not None and cal_unit == "year" and (
                per.gran in _YEAR_NOT_COPIED or (long_unit and per.gran in _DAYISH)):
            # "16 May 1884. A century later": a decade or a century counts years, not days
            # (session 26)
            return dated(shift(of(per.start, "year"), steps, "year"), "discourse", value(per),
                         f"'{c.text}' = the year of the date under discussion {value(per)} "
                         f"moved by {steps:+d} year(s) (a {per.gran} is not copied back)")
        if per is not None:
            return dated(shift(per, steps, cal_unit), "discourse", value(per),
                         f"'{c.text}' = the date under discussion {value(per)} moved by "
                         f"{steps:+d} {cal_unit}(s)")
        if a.day is None and norm(f.get("dir2") or "") == "on":  # "Ten years on, the scars..."
            return vague(duration_value(n, unit), f"'{c.text}': the time since an event the "
                         "text does not date, counted to the present", "DURATION")
        base = discourse_day(a)
    else:
        base = dct_day(a)
        if cal_unit == "year" and a.period is not None and a.period_age <= 1 \
                and a.period.gran in ("quarter", "half") and not _done_then(a):
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
    if f.get("thisunit") and RANK[cal_unit] > RANK[norm(f["thisunit"])]:
        # "ten years ago this month": the publication date's month (or week) so many back
        period = of(cal.start, norm(f["thisunit"]))
        out = of(shift(Cal("day", cal.start), steps, cal_unit).start, period.gran)
        return dated(out, anchor, av, f"'{c.text}' = this {period.gran} ({value(period)}) "
                     f"moved by {steps:+d} {cal_unit}(s)")
    if cal_unit in ("day", "week") and unit != "weekend":
        days = steps * (7 if cal_unit == "week" else 1)
        out = shift(cal, days, "day")
        if cal_unit == "week" and steps < -2:  # "six weeks ago": a week, as TimeML has it
            out = of(out.start, "week")
    elif unit == "weekend":  # "two weekends ago": the weekend of that week; ahead of a
        # weekday its own week's weekend is the first (session 24)
        ahead = steps > 0 and cal.start.isoweekday() <= 5
        out = of(shift(of(cal.start, "week"), steps - ahead, "week").start, "weekend")
    else:
        out = shift(of(cal.start, cal_unit), steps, cal_unit)
    return dated(out, anchor, av, f"'{c.text}' = {anchor_name(anchor)} {av} moved by "
                 f"{steps:+d} {cal_unit}(s)")


#: Past forms of "be", "have", "do" before an offset: a comparison's ("than it was a year ago").
_AUX_PAST = frozenset({"was", "were", "had", "did"})


def _done_then(a: Anchors) -> bool:
    """Whether a past verb right before the offset dates what was done then ("the way we
    planned a year ago", "the unit it bought a year ago"): a point back from the publication
    date, not a results comparison's quarter or half (session 27)."""
    return a.prep not in _AUX_PAST and is_past_form(a.prep)


#: A fraction before the unit of an offset ("three quarters of a century ago"; session 25).
_FRACTIONS = {"a quarter": 0.25, "three quarters": 0.75, "a half": 0.5}
#: A fraction of a calendar unit counted in the next smaller one (months, days, hours).
_FRACTION_UNITS = {"year": ("month", 12), "decade": ("year", 1), "century": ("year", 1),
                   "quarter": ("month", 3), "month": ("day", 30), "week": ("day", 7),
                   "day": ("day", 1)}


def _fraction_offset(c: Candidate, dct: date, n: float, cal_unit: str) -> Resolution | None:
    """ "a year and a half ago", "1.5 weeks ago": so many of the next smaller unit back or
    ahead (18 months, 10 days), at that unit's granularity."""
    if cal_unit not in _FRACTION_UNITS:
        return dated(Cal("day", dct), "dct", dct.isoformat(), f"'{c.text}' lies within the "
                     f"day of the publication date {dct.isoformat()}")
    small, per = _FRACTION_UNITS[cal_unit]
    steps = round(n * per)
    out = shift(of(dct, small) if small in ("month", "year") else Cal("day", dct), steps, small)
    return dated(out, "dct", dct.isoformat(), f"'{c.text}' = publication date "
                 f"{dct.isoformat()} moved by {steps:+d} {small}(s)")


def _be_in(a: Anchors) -> bool:
    """Whether the verb group is a bare present "be" right before "in" ("the vote is in two
    weeks"): a day ahead, where "are up 5% in three months" keeps a length."""
    words = a.tense_cue.lower().split()
    return a.tense == "present" and len(words) == 2 and words[0] in PRESENT_BE_IN \
        and words[1] == "in"


def _in_offset(c: Candidate, a: Anchors) -> Resolution | None:
    f = c.fields
    unit = _unit_name(f.get("unit") or "minutes")  # "back in 20": minutes (session 14)
    n = amount(f["num"])
    _letter, mult, cal_unit = UNITS[unit]
    # no verb at all ("back in 30 minutes") reads as ahead; a past or present clause has a
    # length ("fell 4% in two days", "the lowest in five years")
    future = a.tense in ("future", "") or "time" in c.text.lower() or _be_in(a)
    # ... a hedged count only with no verb at all ("next car in about an hour"): "can walk
    # through in about two minutes" is a length (session 26, round 2)
    future = future and not (f.get("approx") and a.tense)
    # "within 24 hours" is a length, not a date; the preposition stays out of the span (TIMEX3
    # leaves the signal untagged), so it is read from its field
    within = (f.get("prep") or "").lower() == "within"
    # "in about an hour": a hedged point ahead (session 26, round 2)
    approx = APPROXIMATORS.get(norm(f["approx"]), "") if f.get("approx") else ""
    # a fraction of an hour or minute is still a point ahead ("in half an hour", "in 2.5 hours")
    sub_day = cal_unit in ("hour", "minute", "second")
    if n is None or not future or within or a.dct is None or (n != int(n) and not sub_day):
        v = duration_value(n, unit)
        return vague(v, f"'{f.get('prep', 'in')} {c.text}' is a length of time", "DURATION",
                     mod=approx)
    steps = int(n * mult) if sub_day else int(n) * mult
    base = Cal("day", a.dct)
    if cal_unit in ("decade", "century"):  # steps already count years
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):  # "in 48 hours": two days on
        steps, cal_unit = (steps // 24 if cal_unit == "hour" else 0), "day"
    if cal_unit in ("day", "week"):
        out = shift(base, steps * (7 if cal_unit == "week" else 1), "day")
    else:
        out = shift(of(a.dct, cal_unit), steps, cal_unit)
    return dated(out, "dct", a.dct.isoformat(), f"'{f.get('prep', 'in')} {c.text}' (future) = "
                 "publication date "
                 f"{a.dct.isoformat()} plus {steps} {cal_unit}(s)", mod=approx)


_FROM_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _offset_from(c: Candidate, a: Anchors) -> Resolution | None:
    """ "two weeks from today", "a week from Tuesday": an amount counted from a named day;
    "two days before yesterday" counts back."""
    f = c.fields
    if f.get("num2"):
        back = norm(f["dir"]) == "before"
        f = {"num": f["num2"], "unit": f["unit2"], "base": f["base2"], "back": back}
    elif f.get("same"):  # "this time last year": today, a unit back or on
        f = {"num": "one", "unit": f["unit"], "base": "today", "back": norm(f["dir"]) == "last"}
    unit = _unit_name(f.get("unit") or "minutes")  # "back in 20": minutes (session 14)
    n = amount(f["num"])
    _letter, mult, cal_unit = UNITS[unit]
    if a.dct is None or n is None or n != int(n):
        return vague("FUTURE_REF", f"'{c.text}' needs a publication date" if a.dct is None
                     else f"'{c.text}' is a vague offset")
    wd = f.get("wd") or f.get("wd2")  # "a fortnight sat": no "on" (session 24)
    if wd:
        start, how = weekday_date(weekday_number(wd), a.dct, "next", "")
        how = f"{wd} ({how} the publication date)"
    elif f.get("agowd"):  # "a week ago Monday": back from "last Monday" (strictly before)
        start, how = weekday_date(weekday_number(f["agowd"]), a.dct, "last", "")
        how = f"{f['agowd']} ({how} the publication date)"
    else:
        start = a.dct + timedelta(days=_FROM_DAYS[norm(f["base"])])
        how = f"{norm(f['base'])} ({start.isoformat()})"
    # "a week yesterday": a week before yesterday, as British speech counts it (session 28)
    back = f.get("back") or f.get("agowd") \
        or (c.rule == "offset_on" and norm(f.get("base") or "") == "yesterday")
    steps = int(n) * mult * (-1 if back else 1)
    if cal_unit in ("decade", "century"):  # steps already count years
        cal_unit = "year"
    if cal_unit in ("hour", "minute", "second"):
        cal_unit, steps = "day", 0
    elif cal_unit == "week":
        cal_unit, steps = "day", steps * 7
    out = shift(Cal("day", start), steps, cal_unit)
    return dated(out, "dct", a.dct.isoformat(),
                 f"'{c.text}' = {how} plus {steps} {cal_unit}(s)")


def _apposition(c: Candidate, a: Anchors) -> Resolution | None:
    primary, secondary = c.parts
    r = _deictic_day(primary, a)
    if r is None or r.cal is None:
        return r
    if not secondary.fields.get("wd"):  # "tomorrow, Nov. 11": its month and day (session 24)
        return replace(r, explanation=f"{r.explanation}; told with '{secondary.text}'")
    wd = weekday_number(secondary.fields["wd"])
    day = r.cal.start
    agree = "agrees with" if day.isoweekday() == wd else \
        f"DISAGREES with (it is a {WEEKDAY_NAMES[day.isoweekday()]})"
    return replace(r, explanation=f"{r.explanation}; {agree} '{secondary.text}'")


def _streak(c: Candidate, a: Anchors) -> Resolution | None:
    """ "a third straight day", "a fourth week in a row": the latest of a run, the day (or
    week) the sentence reports on — its day if it names one, else the publication date."""
    unit = norm(c.fields.get("unit") or c.fields["unit2"])
    if a.sentence_day is not None:
        base, anchor, av = a.sentence_day.start, "discourse", value(a.sentence_day)
    elif a.dct is not None:
        base, anchor, av = a.dct, "dct", a.dct.isoformat()
    else:
        return vague("XXXX-WXX" if unit == "week" else "XXXX-XX-XX",
                     f"'{c.text}' needs a publication date", gran="week" if unit == "week"
                     else "day")
    gran = "week" if unit == "week" else "day"
    cal = of(base, gran) if gran == "week" else Cal("day", base)
    return dated(cal, anchor, av, f"'{c.text}' is the latest of a run: the {gran} of the "
                 f"{anchor_name(anchor)} {av}")


#: How many sentences back "until then" may find the date it refers to.
THEN_REACH = 2


def _then(c: Candidate, a: Anchors) -> Resolution | None:
    """ "until then", "by that time": the date under discussion when the text named one
    lately; otherwise not a usable time."""
    if a.period is None or a.period_age > THEN_REACH:
        return None
    av = value(a.period)
    return dated(a.period, "discourse", av, f"'{c.text}' = the date under discussion {av}")


#: Granularities of "the same <unit> last year" (a period: the one under discussion).
_SAME_UNITS = {"month": "month", "quarter": "quarter", "week": "week", "half": "half",
               "day": "day"}
_DAY_LEVEL = frozenset({"day", "hour", "minute", "part-of-day"})


def _same_year_back(c: Candidate, a: Anchors) -> Resolution | None:
    """ "the same month last year", "the same period a year earlier": the period under
    discussion (of the unit named) a year back; a "period" after only a day told is the year."""
    unit = norm(c.fields["unit"])
    base = a.period
    if base is None or (unit == "period" and base.gran in _DAY_LEVEL):
        if a.dct is None:
            return vague("PAST_REF", f"'{c.text}' needs a publication date")
        cal = of(a.dct, "year" if unit == "period" else _SAME_UNITS[unit])
        anchor, av = "dct", a.dct.isoformat()
    else:
        cal = base if unit == "period" else of(base.start, _SAME_UNITS[unit])
        anchor, av = "discourse", value(base)
    if cal.gran in _DAY_LEVEL:
        cal = Cal("day", cal.start)
    back = shift(cal, -1, "year")
    return dated(back, anchor, av, f"'{c.text}' = the {unit} under discussion a year back")


HANDLERS = {
    "same_year_back": _same_year_back,
    "then": _then,
    "streak": _streak,
    "deictic_day": _deictic_day, "anaphoric_day": _anaphoric_day,
    "unit_rel": _unit_rel, "offset": _offset, "in_offset": _in_offset,
    "apposition": _apposition, "offset_from": _offset_from,
}


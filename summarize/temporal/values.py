"""Calendar values: one period on the calendar, its TIMEX3 string and its half-open interval."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from summarize import regex_cache as rx

from .resources.calendar_words import PART_OF_DAY_HOURS, SEASON_SPANS
from .slots import Memo, quick_init

#: Granularities from fine to coarse; DAY_OR_FINER in models uses the same names.
GRANULARITIES = ("minute", "hour", "part-of-day", "day", "weekend", "week", "month",
                 "quarter", "half", "season", "year", "decade", "century")
RANK = {g: i for i, g in enumerate(GRANULARITIES)}


@quick_init
@dataclass(frozen=True, slots=True)
class Cal:
    """A period: granularity plus its first day (and a clock time or part-of-day code)."""

    gran: str
    start: date
    #: "HH:MM" for hour/minute, a part-of-day code (TMO...), a season code, or "".
    extra: str = ""


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the month's length."""
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    last = calendar.monthrange(year, m + 1)[1]
    return date(year, m + 1, min(d.day, last))


def floor(d: date, gran: str) -> date:
    """The first day of the ``gran`` period containing ``d``."""
    if gran in ("week", "weekend"):
        d = d - timedelta(days=d.weekday())
        return d + timedelta(days=5) if gran == "weekend" else d
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(d.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return date(d.year // 100 * 100 or 1, 1, 1)
    return d


def of(d: date, gran: str) -> Cal:
    """The ``gran`` period containing ``d`` (coarser than day only)."""
    if gran in ("hour", "minute", "part-of-day"):
        gran = "day"
    return Cal(gran, floor(d, gran))


def quarter_number(day: date) -> int:
    """The quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def last_quarter(day: date) -> Cal:
    """The last quarter ended before ``day``: the one a results report published then is about."""
    return shift(of(day, "quarter"), -1, "quarter")


def quarter_ending(end: date) -> Cal:
    """The calendar quarter that a quarter ending on ``end`` mostly lies in: the one holding the
    day 45 days before it (a fiscal quarter ended Oct. 31 is the third)."""
    return of(end - timedelta(days=45), "quarter")


def shift(cal: Cal, n: int, unit: str) -> Cal:
    """``cal`` moved by ``n`` calendar units ("day", "week", "month", "quarter", "year"...)."""
    s = cal.start
    if unit == "day":
        s = s + timedelta(days=n)
    elif unit in ("week", "weekend"):
        s = s + timedelta(weeks=n)
    elif unit == "month":
        s = add_months(s, n)
    elif unit == "quarter":
        s = add_months(s, 3 * n)
    elif unit == "half":
        s = add_months(s, 6 * n)
    elif unit in ("year", "season"):
        s = add_months(s, 12 * n)
    elif unit == "decade":
        s = add_months(s, 120 * n)
    elif unit == "century":
        s = add_months(s, 1200 * n)
    else:
        raise ValueError(unit)
    if cal.gran not in ("day", "hour", "minute", "part-of-day", "season"):
        s = floor(s, cal.gran)
    return Cal(cal.gran, s, cal.extra)  # ``replace(cal, start=s)``: a Cal has these three fields


def value(cal: Cal) -> str:
    """The TIMEX3 value string of ``cal``."""
    s, g = cal.start, cal.gran
    if g == "day":
        return s.isoformat()
    if g in ("hour", "minute", "part-of-day"):
        return f"{s.isoformat()}{cal.extra if cal.extra.startswith('T') else 'T' + cal.extra}"
    if g in ("week", "weekend"):
        y, w, _ = s.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if g == "weekend" else "")
    if g == "month":
        return f"{s.year:04d}-{s.month:02d}"
    if g == "quarter":
        return f"{s.year:04d}-Q{quarter_number(s)}"
    if g == "half":
        return f"{s.year:04d}-H{1 if s.month <= 6 else 2}"
    if g == "season":
        return f"{s.year:04d}-{cal.extra}"
    if g == "year":
        return f"{s.year:04d}"
    if g == "decade":
        return f"{s.year // 10:03d}"
    if g == "century":
        return f"{s.year // 100:02d}"
    raise ValueError(g)


def _end(cal: Cal) -> date:
    s, g = cal.start, cal.gran
    if g == "day":
        return s + timedelta(days=1)
    if g == "week":
        return s + timedelta(days=7)
    if g == "weekend":
        return s + timedelta(days=2)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return add_months(s, months[g])


def interval(cal: Cal, mod: str = "") -> tuple[datetime, datetime]:
    """Half-open [start, end) of ``cal``; START/MID/END narrow it to the first/middle/last third."""
    s0 = datetime.combine(cal.start, _MIDNIGHT)
    if cal.gran == "season":
        first, length = SEASON_SPANS[cal.extra]
        begin = add_months(date(cal.start.year, 1, 1), first - 1)
        s0 = datetime.combine(begin, datetime.min.time())
        e0 = datetime.combine(add_months(begin, length), datetime.min.time())
    elif cal.gran == "part-of-day":
        lo, hi = PART_OF_DAY_HOURS.get(cal.extra, (0, 24))
        s0, e0 = s0 + timedelta(hours=lo), s0 + timedelta(hours=hi)
    elif cal.gran in ("hour", "minute"):
        s0 = s0 + _CLOCK_OFFSET[cal.extra]
        e0 = s0 + (_HOUR if cal.gran == "hour" else _MINUTE)
    else:
        e0 = datetime.combine(_end(cal), _MIDNIGHT)
    if mod in ("START", "MID", "END") and cal.gran not in ("day", "hour", "minute"):
        third = (e0 - s0) / 3
        k = {"START": 0, "MID": 1, "END": 2}[mod]
        s0, e0 = s0 + third * k, s0 + third * (k + 1)
        s0 = s0.replace(hour=0, minute=0, second=0, microsecond=0) if third.days else s0
    return s0, e0


_MIDNIGHT = datetime.min.time()
_HOUR, _MINUTE = timedelta(hours=1), timedelta(minutes=1)


def _clock_offset(extra: str) -> timedelta:
    hh, mm = map(int, extra.lstrip("T").rstrip("Z").split(":")[:2])
    return timedelta(hours=hh, minutes=mm)


#: The time of day of each hour or minute value's "HH:MM" seen (a schedule repeats them).
_CLOCK_OFFSET = Memo(_clock_offset)


def on_minute(start: date, iso: str, stamp: str) -> tuple[str, tuple[datetime, datetime]]:
    """``value`` and ``interval`` of ``Cal("minute", start, stamp)``, given ``iso``, the
    day's ``isoformat()``: a clock time on a known day is a schedule's commonest value."""
    s0 = datetime.combine(start, _MIDNIGHT) + _CLOCK_OFFSET[stamp]
    return f"{iso}T{stamp}", (s0, s0 + _MINUTE)


def season(year: int, code: str) -> Cal:
    """The season ``code`` of ``year`` (start is the year's first day; see SEASON_SPANS)."""
    return Cal("season", date(year, 1, 1), code)


def nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> date:
    """The ``n``-th (1-based; -1 = last) ``iso_weekday`` of the month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(iso_weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - iso_weekday) % 7)


TIMEX_VALUE = rx.compile(
    r"""^(?:PRESENT_REF|PAST_REF|FUTURE_REF|PXX
    |P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|WE|DE|CE))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?
    |PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+
    |(?:\d{2}|\d{3}|[\dX]{4})
    (?:-(?:Q[1-4X]|H[12X]|SP|SU|FA|WI|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?
      |(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)
      (?:T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?Z?))?)?
    |XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-4]):[0-5]\dZ?))?
    )$""",
    re.X,
)


def is_timex_value(v: str) -> bool:
    """Whether ``v`` is a well-formed TIMEX3 value as produced here."""
    return bool(TIMEX_VALUE.match(v))

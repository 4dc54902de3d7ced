"""Resolve a recognised span to a TIMEX3 value: the dispatcher over the handler modules.

Each handler module resolves one family of expressions by meaning — ``absolute`` (dates with
or without a year), ``year_parts`` (quarters, halves, seasons), ``relative`` (deictic and
anaphoric: today, Friday, the day before, three days ago), ``durations`` (lengths, sets, vague
references), ``times`` (clock times and parts of day), ``eras`` (day counts of ongoing
events) — over ``context``, ``words`` and ``values``
below them. None of them imports this dispatcher; expressions made of two parts (a date with a
clock time) are composed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..candidate import Candidate
from ..context import Anchors, Resolution, evolve
from ..values import Cal
from . import absolute, durations, eras, month_days, relative, times, weekdays, year_parts

Handler = Callable[[Candidate, Anchors], Resolution | None]


def _datetime(c: Candidate, a: Anchors) -> Resolution | None:
    """A date with a clock time: the date fixes the day the time falls on."""
    date_part, time_part = c.parts
    r = resolve(date_part, a)
    if r is not None and r.cal is None and r.value.startswith("XXXX-") and "T" not in r.value:
        return _open_datetime(r, resolve(time_part, evolve(a, tense="")))
    if r is not None and r.cal is not None and r.cal.gran == "part-of-day":
        day = Cal("day", r.cal.start)  # "9 a.m. on Monday morning": the day of the part
    elif r is None or r.cal is None or r.cal.gran != "day":
        return r
    else:
        day = r.cal
    t = resolve(time_part, evolve(a, sentence_day=day, day=day, tense=""))
    if t is None or t.cal is None:
        return r
    hours = _AFTER_NOON.get(r.cal.extra) if r.cal.gran == "part-of-day" else None
    if hours and t.cal.gran == "minute" and not time_part.fields.get("ampm") \
            and int(t.cal.extra[:2]) in hours:
        t = _after_noon(t)  # "nine o'clock last night" is 21:00
    # ``replace(t, explanation=...)``, built directly: ``dataclasses.replace`` is slow
    return Resolution(t.type, t.value, t.interval, t.granularity, t.anchor, t.anchor_value,
                      f"{t.explanation} ({r.explanation})", t.mod, t.cal)


#: Parts of day that put a clock time with no a.m./p.m. after noon, and the hours they move
#: ("three this afternoon", "eight in the evening", "ten last night"; "two last night" is 02:00).
_AFTER_NOON = {"TAF": range(1, 7), "TEV": range(1, 12), "TNI": range(5, 12)}


def _after_noon(t: Resolution) -> Resolution:
    """The clock time ``t`` twelve hours later, on the same day."""
    hhmm = f"{int(t.cal.extra[:2]) + 12:02d}{t.cal.extra[2:]}"
    at = t.value.index("T") + 1
    return replace(t, value=t.value[:at] + hhmm + t.value[at + 5:],
                   cal=Cal(t.cal.gran, t.cal.start, hhmm))


def _open_datetime(r: Resolution, t: Resolution | None) -> Resolution:
    """A day left open (no publication date) with a clock time: "XXXX-WXX-5T15:00"."""
    if t is None or "T" not in t.value or t.value.startswith("P"):
        return r
    clock = t.value[t.value.index("T"):]
    return replace(r, type="TIME", value=r.value + clock,
                   explanation=f"{r.explanation}; at {clock[1:]}")


HANDLERS: dict[str, Handler] = {
    **absolute.HANDLERS, **year_parts.HANDLERS, **month_days.HANDLERS, **relative.HANDLERS,
    **durations.HANDLERS, **times.HANDLERS,
    **eras.HANDLERS, **weekdays.HANDLERS, "datetime": _datetime,
}


def resolve(c: Candidate, a: Anchors) -> Resolution | None:
    """Resolve one candidate against its anchors; None when it is not a usable time."""
    handler = HANDLERS.get(c.kind)
    if handler is None:
        return None
    try:
        return handler(c, a)
    except (ValueError, KeyError, OverflowError):
        return None

"""Resolve a recognised span to a TIMEX3 value: the dispatcher over the handler modules.

Each handler module resolves one family of expressions by meaning — ``absolute`` (dates with
or without a year), ``relative`` (deictic and anaphoric: today, Friday, the day before, three
days ago), ``durations`` (lengths, sets, vague references), ``times`` (clock times and parts
of day), ``eras`` (day counts of ongoing events) — over ``context``, ``words`` and ``values``
below them. None of them imports this dispatcher; expressions made of two parts (a date with a
clock time) are composed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..context import Anchors, Resolution, evolve
from ..recognise import Candidate
from . import absolute, durations, eras, month_days, relative, times, weekdays

Handler = Callable[[Candidate, Anchors], Resolution | None]


def _datetime(c: Candidate, a: Anchors) -> Resolution | None:
    """A date with a clock time: the date fixes the day the time falls on."""
    date_part, time_part = c.parts
    r = resolve(date_part, a)
    if r is None or r.cal is None or r.cal.gran != "day":
        return r
    t = resolve(time_part, evolve(a, sentence_day=r.cal, day=r.cal, tense=""))
    if t is None or t.cal is None:
        return r
    return replace(t, explanation=f"{t.explanation} ({r.explanation})")


HANDLERS: dict[str, Handler] = {
    **absolute.HANDLERS, **month_days.HANDLERS, **relative.HANDLERS, **durations.HANDLERS,
    **times.HANDLERS,
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

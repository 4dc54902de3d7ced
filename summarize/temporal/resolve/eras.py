"""Era day counts: "day 12 of the strike", "on its 73rd day", "the first day of the siege",
counted from the era's day 1 (a known era, or the day the sentence is about)."""

from __future__ import annotations

from datetime import timedelta

from ..candidate import Candidate
from ..context import Anchors, Resolution, anchor_name, dated, dct_day, vague
from ..eras import day_number, match_era
from ..values import Cal, value


def _era_day(c: Candidate, a: Anchors) -> Resolution | None:
    n = day_number(c.fields)
    if not n or n > 20000:
        return None
    event = c.fields.get("event")
    found = match_era(event, a.era_phrases) if event else None
    era = found[0] if found else (a.last_era if not event else None)
    if era is not None:
        d = era.start + timedelta(days=n - 1)
        return dated(Cal("day", d), "era", era.start.isoformat(),
                     f"'{c.text}' = day {n} of {era.name}, which began "
                     f"{era.start.isoformat()} (day 1)")
    if not event and not (a.era_subject or c.text.split()[0].lower() in ("its", "their")):
        return None
    what = f"'{event or a.era_subject or 'what it counts'}'"
    base = (a.sentence_day, "discourse", value(a.sentence_day)) if a.sentence_day \
        else dct_day(a)
    if base is None:
        return vague("XXXX-XX-XX", f"'{c.text}': start of {what} unknown, no date",
                     gran="day")
    cal, anchor, av = base
    where = "the day its sentence is about" if anchor == "discourse" else anchor_name(anchor)
    return dated(Cal("day", cal.start), anchor, av,
                 f"'{c.text}': day 1 of {what} is not known; a running count is taken as "
                 f"{where} {av}")


def _era_start(c: Candidate, a: Anchors) -> Resolution | None:
    found = match_era(c.fields["event"], a.era_phrases)
    if not found:
        return None
    era = found[0]
    return dated(Cal("day", era.start), "era", era.start.isoformat(),
                 f"'{c.text}' = the first day of {era.name}, {era.start.isoformat()}")



HANDLERS = {"era_day": _era_day, "era_start": _era_start}

"""Two bare weekdays that make one range ("from Tuesday to Sunday", "between Monday and
Wednesday", "between now and Friday") are read together, so the range never runs backwards:
the end is the first such weekday after the start, and a range that is not ahead of the
publication date ends on or before it (news report the past)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..models import Mention
from .resources.calendar_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS

_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and|&)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_NOW = frozenset({"now", "today", "right now"})


def _weekday(m: Mention) -> int | None:
    """The ISO weekday of a mention that is a bare weekday name or abbreviation ("Friday",
    "on Friday", "fri")."""
    if m.rule not in ("weekday", "weekday_abbr") or m.granularity != "day" or m.anchor != "dct":
        return None
    word = m.text.lower().removeprefix("on ").strip()
    return WEEKDAYS.get(word) or WEEKDAY_ABBREVIATIONS.get(word)  # "fri-mon" (session 11)


def _at(m: Mention, day: date, why: str) -> Mention:
    start = datetime.combine(day, datetime.min.time())
    return replace(m, value=day.isoformat(), interval=(start, start + timedelta(days=1)),
                   explanation=f"{m.explanation}; {why}")


def order_weekday_ranges(text: str, mentions: Sequence[Mention], dct: date | None
                         ) -> list[Mention]:
    """``mentions`` with the two ends of every weekday range read as one range."""
    out = list(mentions)
    if dct is None:
        return out
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        gap = text[a.end:b.start]
        end_wd = _weekday(b)
        if end_wd is None or a.sentence != b.sentence or not _GAP.fullmatch(gap):
            continue
        if gap.strip() == "&" and a.text.lower() not in WEEKDAY_ABBREVIATIONS:
            continue  # a post's "wed & thu" is a range (session 11); "Monday & Friday" two days
        if gap.strip().lower() == "and" and not _BETWEEN.search(text[max(0, a.start - 12):
                                                                      a.start]):
            continue  # "on Monday and Friday": two days, not a range
        if a.text.lower() in _NOW:
            end = dct + timedelta(days=(end_wd - dct.isoweekday()) % 7)
            out[k] = _at(b, end, f"a range from '{a.text}': the first one on or after the "
                                 "publication date")
            continue
        start_wd = _weekday(a)
        if start_wd is None or a.day is None:
            continue
        start = a.day
        end = start + timedelta(days=(end_wd - start_wd) % 7 or 7)
        ahead = start > dct
        if not ahead and end > dct:
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        how = "ahead of" if ahead else "ending on or before"
        span = f"read with '{a.text}' – '{b.text}' as one range {start.isoformat()} to " \
               f"{end.isoformat()}, {how} the publication date {dct.isoformat()}"
        out[k - 1], out[k] = _at(a, start, span), _at(b, end, span)
    return out

"""Read a dateline-style header at the start of an article body.

Recognises "LONDON, Saturday 7 May 2022 —", "Published: 2022-05-07 14:30",
"May 7, 2022 (AP) —", "By Jane Doe | 7 May 2022" and "KYIV, May 7 (Reuters) -" (a wire credit
but no year, so no date). Only a full date (day, month, year) gives a publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from summarize import regex_cache as rx
from summarize.ingest.resources import DATE_LABELS, MONTHS, WEEKDAYS


@dataclass(frozen=True, slots=True)
class Header:
    """What a dateline header says; empty fields when it says nothing."""

    published: datetime | None = None
    source: str = ""
    byline: str = ""


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_MONTH = rf"(?i:{_alternatives(list(MONTHS))})\.?"
_WEEKDAY = rf"(?:(?i:{_alternatives(WEEKDAYS)})\.?,?\s+)?"
_LABEL = rf"(?i:{_alternatives(DATE_LABELS)})(?:\s+(?i:on|at))?\s*[:\-–—]?\s*"
_YEAR = r"(?:1[89]|20|21)\d\d"
_DATE = (
    _WEEKDAY + r"(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>\d\d?)-(?P<d3>\d\d?)"
    r")(?!\d)"
    r"(?:(?:T|\s*[,|·•]?\s*(?:(?i:at)\s+)?)(?P<hh>\d\d?)[:.](?P<mi>\d\d)(?::(?P<ss>\d\d))?"
    r"(?:\.\d+)?(?:\s*(?P<ampm>[aApP])\.?[mM]\.?)?"
    r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d\d:?\d\d))?)?"
)
#: An upper-case place, maybe with a region: "LONDON", "WASHINGTON, D.C.", "KYIV, Ukraine".
_UP = "A-ZÀ-ÖØ-Þ"
_PLACE = (rf"[{_UP}][{_UP}.'’&-]+(?:[ \t]+[{_UP}][{_UP}.'’&-]+){{0,3}}"
          rf"(?:,[ \t]*[{_UP}][\w.'’ ]{{1,30}}?)?")
_CREDIT = r"\((?P<credit>[A-Z][A-Za-z&.'’ -]{1,40})\)"
#: What may follow a header date: end of line, or a wire credit and/or a separator.
_END = rf"[ \t]*(?:{_CREDIT})?[ \t]*(?:[-—–|·•:]|$)"

_DATED_LINES = (
    rx.compile(rf"[ \t]*{_LABEL}{_DATE}"),
    rx.compile(rf"[ \t]*(?i:by)[ \t]+(?P<by>[^|·•\n]{{2,60}}?)[ \t]*[|·•,—–-][ \t]*"
               rf"(?:{_LABEL})?{_DATE}"),
    rx.compile(rf"[ \t]*{_PLACE},?[ \t]+{_DATE}{_END}"),
    rx.compile(rf"[ \t]*{_DATE}{_END}"),
)
_CREDIT_LINE = rx.compile(rf"[ \t]*{_PLACE}(?:,[ \t]*[^()\n]{{0,40}}?)?[ \t]*{_CREDIT}[ \t]*[-—–:]")
_BYLINE_LINE = rx.compile(
    r"[ \t]*(?i:by)[ \t]+(?P<by>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al))"
    r"{0,5})[ \t]*$"
)
_MAX_LINES = 4
_LONG_LINE = 200


def read_header(body: str) -> Header:
    """The date, wire credit and byline stated in the first lines of ``body``."""
    published, source, byline = None, "", ""
    for line in _leading_lines(body):
        line = line.strip()[:_LONG_LINE]
        matched = False
        for pattern in _DATED_LINES:
            m = pattern.match(line)
            if m:
                matched = True
                published = published or _to_datetime(m)
                source = source or (m.groupdict().get("credit") or "").strip()
                byline = byline or (m.groupdict().get("by") or "").strip()
                break
        m = _CREDIT_LINE.match(line)
        if m:
            matched = True
            source = source or m.group("credit").strip()
        m = _BYLINE_LINE.match(line)
        if m:
            matched = True
            byline = byline or m.group("by").strip()
        if not matched and not looks_like_headline(line):
            break
    return Header(published, source, byline)


def is_header_line(line: str) -> bool:
    """True when the line is a dateline, date or byline header rather than prose or a title."""
    line = line.strip()[:_LONG_LINE]
    return any(p.match(line) for p in (*_DATED_LINES, _CREDIT_LINE, _BYLINE_LINE))


def looks_like_headline(line: str) -> bool:
    """A short line without sentence-final punctuation: a title or a standfirst."""
    line = line.strip()
    return (
        0 < len(line) <= 150
        and len(line.split()) <= 16
        and not line.endswith((".", ",", ":", ";"))
    )


def _leading_lines(body: str) -> list[str]:
    lines = []
    for line in body.lstrip("\n").split("\n", 2 * _MAX_LINES)[: 2 * _MAX_LINES]:
        if line.strip():
            lines.append(line)
            if len(lines) == _MAX_LINES or len(line) > _LONG_LINE:
                break
    return lines


def _to_datetime(m: re.Match[str]) -> datetime | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            year, month, day = int(g["y1"]), MONTHS[_month_key(g["m1"])], int(g["d1"])
        elif g["y2"]:
            year, month, day = int(g["y2"]), MONTHS[_month_key(g["m2"])], int(g["d2"])
        else:
            year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
        hour = int(g["hh"]) if g["hh"] else 0
        minute = int(g["mi"]) if g["mi"] else 0
        second = int(g["ss"]) if g["ss"] else 0
        if g["ampm"] and hour <= 12:
            hour = hour % 12 + (12 if g["ampm"].lower() == "p" else 0)
        return datetime(year, month, day, hour, minute, second, tzinfo=_zone(g["tz"]))
    except (ValueError, KeyError):
        return None


def _month_key(name: str) -> str:
    return name.rstrip(".").lower()


def _zone(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))

"""Parse publication dates from metadata: ISO first (fast), then RFC 2822, then dateparser."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from summarize import regex_cache as rx

_EPOCH_DIGITS = rx.compile(r"(?:\d{9,10}|\d{12,13})(?:\.\d+)?")
#: RSS dates: "Sat, 07 May 2022 14:30:00 GMT" (the day name is optional).
_RFC_2822 = rx.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+"
                       r"\d{1,2}:\d\d(?::\d\d)?\s*(?:[+-]\d{4}|[A-Z]{1,5})?$")
#: A bare number is a Unix time only when it falls in these years, read as seconds or as
#: milliseconds; anything else (12345, 2024) is not a publication date at all.
EPOCH_YEARS = (1990, 2100)
_EPOCH_RANGE = (631_152_000, 4_102_444_800)  # 1990-01-01 .. 2100-01-01, seconds


def parse_datetime(value: Any) -> datetime | None:
    """A datetime for a metadata value (string, number, date), naive unless it names a zone.

    Needs a full date (day, month and year); anything else is None.
    """
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    if _EPOCH_DIGITS.fullmatch(text):
        return _from_epoch(float(text))
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    if _RFC_2822.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    return _dateparser(text)


def _from_epoch(number: float) -> datetime | None:
    """Unix seconds or milliseconds from 1990 to 2100, else None."""
    low, high = _EPOCH_RANGE
    if low * 1000 <= number < high * 1000:
        number /= 1000
    if not low <= number < high:  # also NaN
        return None
    return datetime.fromtimestamp(number, tz=UTC)


def _dateparser(text: str) -> datetime | None:
    try:
        return _parser().get_date_data(text).date_obj
    except (ValueError, TypeError, OverflowError):
        return None


@lru_cache(maxsize=1)
def _parser() -> Any:
    """One English dateparser, absolute dates only (no "2 hours ago" relative to today)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
        },
    )

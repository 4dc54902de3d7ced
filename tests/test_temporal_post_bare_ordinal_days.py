"""A post's bare day of the month after "for" or "is" ("booked for the 14th", "my bday is the
3rd"), where the day ends its phrase, is a date, planned ahead: the first such day on or after
the publication date; "for the 14th time", "is the 3rd in a row", "the 2nd and final" are
ordinals (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("my bday is the 3rd so that's me sorted", "the 3rd", "2024-04-03"),
    ("haircut booked for the 21st!!", "the 21st", "2024-03-21"),
    ("payday is the 28th. cannot come soon enough", "the 28th", "2024-03-28"),
    ("our ferry tickets are for the 16th, can't wait", "the 16th", "2024-03-16"),
    ("dentist booked for the 19th at 9am", "the 19th at 9am", "2024-03-19T09:00"),
]

UNTAGGED = [
    "watched it for the 14th time",
    "the rovers lost, that is the 3rd in a row",
    "this is the 2nd and final warning",
    "she finished the race for the 5th consecutive year",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_bare_ordinal_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_bare_ordinal_day_untagged(text: str) -> None:
    assert found(text, WED) == []

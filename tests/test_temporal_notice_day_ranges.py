"""A notice's bare range of days with their suffixes after closed, shut, off, away, open,
booked or out ("surgery shut 2nd-4th, back Mon"): both ends are days of the month, read as a
plan's, the first such days on or after the publication date ("were closed" tells the past);
a range before a noun ("the 3rd-4th place match") is no date (session 13; Friday 27 December
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

FRI = date(2024, 12, 27)

CASES = [
    ("Harbour surgery shut 2nd-4th, back as normal after", [("2nd", "2025-01-02"),
                                                            ("4th", "2025-01-04")]),
    ("bakery closed 29th-31st!", [("29th", "2024-12-29"), ("31st", "2024-12-31")]),
    ("we were closed 9th-11th for the refit", [("9th", "2024-12-09"), ("11th", "2024-12-11")]),
    ("the 3rd-4th place match kicks off at noon", [("noon", "2024-12-27T12:00")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_notice_day_ranges(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text, FRI) == want

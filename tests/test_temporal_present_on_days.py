"""A present "is/are/'s on the 19th" ending its phrase names the day something is on: the first
such day on or after the publication date, this month's when the day is still to come; a past
clause keeps the last one (session 13; Monday 9 September 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 9, 9)

CASES = [
    ("my driving test's on the 23rd, fingers crossed", "the 23rd", "2024-09-23"),
    ("the allotment auction is on the 24th.", "the 24th", "2024-09-24"),
    ("the twins' recitals are on the 25th 🎻", "the 25th", "2024-09-25"),
    ("my driving test was on the 23rd", "the 23rd", "2024-08-23"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_present_on_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, MON) if s == span] == [value]

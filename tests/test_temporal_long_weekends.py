""""the long weekend" (also "this/next/last long weekend") is a weekend, read as "the weekend"
is: a past clause the last one begun, a future the next not over, no tense the nearer; "a long
weekend" stays untagged (session 12)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

CASES = [
    # (publication date, text, expected mentions)
    (date(2024, 5, 17), "Heading to Aunt Rona's caravan for the long weekend 🚐",
     [("the long weekend", "2024-W20-WE")]),
    (date(2024, 5, 21), "Traffic on the Corran bridge was heavy over the long weekend.",
     [("the long weekend", "2024-W20-WE")]),
    (date(2024, 5, 15), "this long weekend is going to be glorious",
     [("this long weekend", "2024-W20-WE")]),
    (date(2024, 5, 17), "we had a long weekend in Tarbet last year",
     [("last year", "2023")]),
]


@pytest.mark.parametrize("dct,text,expected", CASES)
def test_long_weekends(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected

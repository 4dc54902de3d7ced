"""A holiday named by its weekday is found with only its first word and the weekday
capitalised ("Bank holiday Monday"), as "Bank Holiday Monday" and "bank holiday monday" are;
posted on a Monday that is a bank holiday in Ireland, Scotland or Northern Ireland it is that
day, else England's nearest, as session 11 reads it (session 12)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

CASES = [
    # (publication date, text, expected mentions)
    (date(2024, 8, 22), "Any plans for Bank holiday Monday? Pellow fair is on",
     [("Bank holiday Monday", "2024-08-26")]),
    (date(2019, 6, 3), "Bank holiday Monday and the sun is out over Ardmore 🌞",
     [("Bank holiday Monday", "2019-06-03")]),
    (date(2019, 6, 3), "bank holiday monday, the strand is rammed",
     [("bank holiday monday", "2019-06-03")]),
    (date(2019, 5, 30), "bank holiday monday was a washout in Leckby",
     [("bank holiday monday", "2019-05-27")]),
]


@pytest.mark.parametrize("dct,text,expected", CASES)
def test_bank_holiday_capitals(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected

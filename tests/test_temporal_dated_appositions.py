"""A day word set beside its weekday's date ("tomorrow, Friday, Feb. 14", "yesterday,
Wednesday 12 February") is one expression, as "today, Saturday" is; a weekday, a comma and a
slash date ("from Monday, 3/16") are one date, as "Monday 3/16" is; a share after a weekday
("Friday, 2/3 of the staff") stays no date; a clock time after the date keeps the date with
it (session 12; Thursday 13 February 2014)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2014, 2, 13)

CASES = [
    ("All Tolworth schools will be shut tomorrow, Friday, Feb. 14, because of the ice.",
     [("tomorrow, Friday, Feb. 14", "2014-02-14")]),
    ("The count was held yesterday, Wednesday 12 February, in Brannock.",
     [("yesterday, Wednesday 12 February", "2014-02-12")]),
    ("Lessons are suspended from Monday, 2/17 through March 3.",
     [("Monday, 2/17", "2014-02-17"), ("March 3", "2014-03-03")]),
    ("On Friday, 2/3 of the Ashgrove staff walked out.", [("Friday", "2014-02-07")]),
    ("Stalls open today, Thursday 2/13 at 9am",
     [("today", "2014-02-13"), ("Thursday 2/13 at 9am", "2014-02-13T09:00")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_dated_appositions(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU) == expected

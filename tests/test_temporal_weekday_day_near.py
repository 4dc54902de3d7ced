"""A weekday with a day of the month and no month ("Wed 4th", "sat 30th"): the nearest date
with that day and weekday, unless a tense picks one within a month; a tense never sends it to a
date months away, as a writer names the month of one so far off; a post's lower-case
abbreviation before a day with its suffix ending its phrase is that weekday (session 13;
Tuesday 26 November 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2024, 11, 26)

CASES = [
    ("Pottery studio closed, back Wed 4th.", "Wed 4th", "2024-12-04"),
    ("The kiln room was shut all week, back Wed 4th.", "Wed 4th", "2024-12-04"),
    ("we were closed, back Thursday 5th", "Thursday 5th", "2024-12-05"),
    ("we met at the Harbour Inn on Fri 22nd", "Fri 22nd", "2024-11-22"),
    ("quiz night at the Lark fri 29th x", "fri 29th", "2024-11-29"),
    ("car boot sale sun 1st!", "sun 1st", "2024-12-01"),
    ("Orla's leaving do sat 30th 🎉", "sat 30th", "2024-11-30"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_weekday_day_near(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, TUE) if s == span] == [value]


@pytest.mark.parametrize("text", [
    "Tamsin sat 3rd in the heats",
    "the Rovers sat 14th in the league",
    "she sat 2nd",
])
def test_sat_as_a_verb_before_a_rank(text: str) -> None:
    assert found(text, TUE) == []

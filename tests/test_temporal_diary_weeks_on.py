"""A diary's "for a week on <weekday>" ("put it in the diary for a fortnight on monday") is
the date put in, as "a week on Friday" is; "for" after anything else keeps a length and the
weekday (session 13; Thursday 16 January 2025)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2025, 1, 16)

CASES = [
    ("stick the recital in the calendar for a week on tuesday", "a week on tuesday",
     "2025-01-28"),
    ("pencil it in for a fortnight on Monday please", "a fortnight on Monday", "2025-02-03"),
    ("it's in the diary for a week on friday", "a week on friday", "2025-01-24"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_diary_weeks_on(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, THU) if s == span] == [value]


def test_for_a_week_stays_a_length() -> None:
    got = found("The hearing was adjourned for a week on Monday.", THU)
    assert ("a week", "P1W") in got

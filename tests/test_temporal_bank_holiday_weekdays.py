"""A UK "bank holiday monday" (any case) is the public holiday of England on a Monday nearest
the publication date, from the holidays library: the day itself when posted on it, the coming
one in the days before it (session 11)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

CASES = [
    # (publication date, text, span, value)
    (date(2024, 5, 27), "bank holiday monday, so the shop's shut 🙃", "bank holiday monday",
     "2024-05-27"),  # the spring bank holiday, on the day
    (date(2024, 8, 22), "any plans for bank holiday monday?", "bank holiday monday",
     "2024-08-26"),  # the late summer bank holiday, ahead
    (date(2024, 4, 3), "Bank Holiday Monday was a washout at Dunmere", "Bank Holiday Monday",
     "2024-04-01"),  # Easter Monday, just gone
]


@pytest.mark.parametrize("dct,text,span,value", CASES)
def test_bank_holiday_monday(dct: date, text: str, span: str, value: str) -> None:
    assert found(text, dct) == [(span, value)]

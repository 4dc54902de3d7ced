"""A post's "roll on <time>", "bring on <time>" look forward to it: the coming weekend, weekday
or holiday, not the one just gone that a bare "the weekend" on a Tuesday would be (session 11;
Tuesday 12 March 2024, ISO week 2024-W11)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2024, 3, 12)

FOUND = [
    ("Monday meeting ran two hours. roll on the weekend", "the weekend", "2024-W11-WE"),
    ("Roll on the weekend!! 🙏", "the weekend", "2024-W11-WE"),
    ("bring on friday, this week is dragging", "friday", "2024-03-15"),
    ("Bring on Saturday 🏉 Kelby away", "Saturday", "2024-03-16"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_roll_on(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, TUE) if s == span] == [value]


def test_the_weekend_on_a_tuesday_without_the_cue_is_the_last() -> None:
    assert found("the weekend was a washout", TUE) == [("the weekend", "2024-W10-WE")]

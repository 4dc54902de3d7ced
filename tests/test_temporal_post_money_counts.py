"""A number right after a currency sign is an amount, never a count of units: "2 for £6
night", "a $12 day pass" hold no length; a count with no sign before it keeps its length
(session 11, posts' clock times). Sentences written for this project (Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "spilt my drink at the 2 for £6 night at the ferry tap",
    "grabbed a $12 day pass for the tram",
    "the €25 week ticket is a bargain",
    "£3.50 night bus fare, robbery",
    "the £8 morning session is full",
]

KEPT = [
    ("the harbour pass lasts 6 days", "6 days", "P6D"),
    ("queued 2 hours for £6 chips", "2 hours", "PT2H"),
    ("a 1,000 year old oak in Pellan wood", None, None),
    ("the ferry takes 2.5 hours from Marl", "2.5 hours", "PT2H30M"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_money_is_no_count(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,span,value", KEPT)
def test_counts_without_money_keep_their_length(text: str, span: str | None,
                                                 value: str | None) -> None:
    assert found(text, WED) == ([(span, value)] if span else [])

"""A lower-case weekday abbreviation after a farewell ("see u sat!!", "cya sun x") names the
coming day, where it ends its phrase or a part of day follows; "see you sat down" keeps the
verb (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("see u sat!! bring the frisbee", "sat", "2024-03-16"),
    ("see you sun x", "sun", "2024-03-17"),
    ("cya sat, don't be late", "sat", "2024-03-16"),
    ("see u sat night at the boathouse", "sat night", "2024-03-16TNI"),
]

UNTAGGED = [
    "I see you sat down already",
    "see you sat there all day",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_farewell_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_farewell_verb_untagged(text: str) -> None:
    assert [s for s, _ in found(text, WED) if s.startswith("sat")] == []

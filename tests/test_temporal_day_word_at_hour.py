"""A bare hour after "today"/"tomorrow" (and posts' "tmrw", "2moro", "2day") and "at" is a
clock time on that day, one expression as "Friday at 3" is: one to six p.m. as the convention
table reads a bare hour, the post's words deciding the others ("tmrw at 8 for drinks"); a
score or a rate after "at" stays out (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("new vlog out tmrw at 6, set a reminder", "tmrw at 6", "2024-03-14T18:00"),
    ("picnic in Fenwick park tomorrow at 3", "tomorrow at 3", "2024-03-14T15:00"),
    ("tmrw at 8 for drinks at the Ostler?", "tmrw at 8", "2024-03-14T20:00"),
    ("The Harrow council votes tomorrow at 11.", "tomorrow at 11", "2024-03-14T11:00"),
    ("2day at 4 the Pell twins arrive!!", "2day at 4", "2024-03-13T16:00"),
]

NOT_CLOCKS = [
    ("Corby won 3-1 today at home", "today"),
    ("rates peaked today at 10% before the Kelso close", "today"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_day_word_at_hour(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]


@pytest.mark.parametrize("text,span", NOT_CLOCKS)
def test_day_word_at_a_score(text: str, span: str) -> None:
    assert [s for s, _ in found(text, WED)] == [span]

"""A post's "yest" is "yesterday", as "yday" is, also before a part of day (session 11;
Tuesday 12 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2024, 3, 12)

FOUND = [
    ("yest i finally fixed the shed door", "yest", "2024-03-11"),
    ("Yest was a write-off tbh", "Yest", "2024-03-11"),
    ("saw the Dunmore lot yest!! what a set", "yest", "2024-03-11"),
    ("yest morning at the allotment 🌱", "yest morning", "2024-03-11TMO"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_yest(text: str, span: str, value: str) -> None:
    assert found(text, TUE) == [(span, value)]

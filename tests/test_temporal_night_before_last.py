"""Nights counted back (session 10): "the night before last" is two nights back, as "the day
before yesterday" is two days back."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2023, 3, 16)  # a Thursday

CASES = [
    ("The pipes froze the night before last.", THU, ("the night before last", "2023-03-14TNI")),
]


@pytest.mark.parametrize("text,dct,mention", CASES)
def test_nights_before_last(text: str, dct: date, mention: tuple) -> None:
    assert mention in found(text, dct)


def test_month_ago_keeps_its_month() -> None:
    assert ("a month ago", "2023-02") in found("The pier shut a month ago.", THU)

"""Nights counted back (session 10): "the night before last" is two nights back, as "the day
before yesterday" is two days back."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2023, 3, 16)  # a Thursday

CASES = [
    ("The pipes froze the night before last.", THU, ("the night before last", "2023-03-14TNI")),
    ("The night before last, a fox got into the coop.", THU,
     ("The night before last", "2023-03-14TNI")),
    ("cant sleep since the night before last ugh", date(2024, 1, 1),
     ("the night before last", "2023-12-30TNI")),
]


@pytest.mark.parametrize("text,dct,mention", CASES)
def test_nights_before_last(text: str, dct: date, mention: tuple) -> None:
    assert mention in found(text, dct)


def test_the_night_before_a_day_stays_anaphoric() -> None:
    text = "The ferry sailed on Monday; the night before, the crew slept aboard."
    assert ("the night before", "2023-03-12TNI") in found(text, THU)

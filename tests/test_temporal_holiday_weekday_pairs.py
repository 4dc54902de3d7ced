"""The second weekday of a pair kept for a holiday ("a Sunday schedule Thursday for
Thanksgiving and a Saturday schedule Friday", "closed Friday for Good Friday and back Monday")
is kept for the same holiday: the one on or nearest to its date, as the first is (session 12,
round 2)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

CASES = [
    ("Trains run a Sunday schedule Thursday for Thanksgiving and a Saturday schedule Friday.",
     date(2024, 11, 27), "Friday", "2024-11-29"),
    ("The Velden branch is closed Friday for Good Friday and back Monday.",
     date(2024, 3, 27), "Monday", "2024-04-01"),
    ("Buses run a Sunday service Monday for Labor Day and a Saturday service Tuesday.",
     date(2024, 8, 29), "Tuesday", "2024-09-03"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CASES)
def test_pair_kept_for_holiday(text: str, dct: date, span: str, value: str) -> None:
    assert (span, value) in found(text, dct)

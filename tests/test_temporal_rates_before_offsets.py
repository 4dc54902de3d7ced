""""per <unit>" is a rate whatever follows ("Rs 150 per day after the deadline"): "after" and
"before" make an offset only of "a day" (session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("Parking fine Rs 150 per day after the first week.", ("per day", "P1D")),
    ("A surcharge of $3 per hour after midnight applies", ("per hour", "PT1H")),
    ("Lockers cost 20 kr per week before the season opens", ("per week", "P1W")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_rate(text: str, expected: tuple) -> None:
    assert expected in found(text, WED)


def test_a_day_after_is_an_offset() -> None:
    assert ("a day after", "2024-03-14") in found("The fee rose a day after that.", WED)

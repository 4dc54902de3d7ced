"""Relative weekdays and nights (session 10): "the <weekday> after next" is a week after "next
<weekday>", which is never tomorrow; "the night before last" is two nights back."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2023, 3, 16)  # a Thursday

CASES = [
    ("The panel meets the Friday after next.", THU, ("the Friday after next", "2023-03-31")),
    ("The panel meets the Saturday after next.", THU, ("the Saturday after next", "2023-03-25")),
    ("lunch monday after next?", THU, ("monday after next", "2023-03-27")),
    ("The pipes froze the night before last.", THU, ("the night before last", "2023-03-14TNI")),
]


@pytest.mark.parametrize("text,dct,mention", CASES)
def test_weekdays_after_next_and_nights_before_last(text: str, dct: date, mention: tuple) -> None:
    assert mention in found(text, dct)


def test_month_ago_keeps_its_month() -> None:
    assert ("a month ago", "2023-02") in found("The pier shut a month ago.", THU)

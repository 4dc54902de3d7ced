"""A deadline in a future clause, "by" the publication day's own weekday and a later part of it
("should have the water back on by Friday evening", told on a Friday), is that day's evening,
not the one a week on; a bare weekday, a morning, another weekday or a past clause keep their
readings (session 15, round 3)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

FRI = date(2025, 1, 17)  # a Friday

SAME_DAY = [
    ("Engineers said homes should have the water back on by Friday evening.", "2025-01-17TEV"),
    ("The council expects to clear the drifts by Friday afternoon.", "2025-01-17TAF"),
    ("Workers will have the bridge reopened by Friday night, the firm said.", "2025-01-17TNI"),
]


@pytest.mark.parametrize("text,value", SAME_DAY)
def test_by_the_days_own_weekday_and_a_later_part_is_that_day(text: str, value: str) -> None:
    assert [v for _, v in found(text, FRI)] == [value]


KEPT = [
    ("The ferry will sail again Friday.", "2025-01-24"),
    ("Engineers will be on site by Friday morning.", "2025-01-24TMO"),
    ("Engineers should have the water back on by Monday evening.", "2025-01-20TEV"),
    ("The pipe burst on Friday evening.", "2025-01-17TEV"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_other_weekdays_keep_their_readings(text: str, value: str) -> None:
    assert [v for _, v in found(text, FRI)] == [value]

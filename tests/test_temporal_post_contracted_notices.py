"""In a post, a noun's "'s" (is) and a notice's participle right before a bare weekday
("school's cancelled monday", "the ferry's postponed thursday") is the present notice "is
cancelled": the first such day on or after the publication date, as "is closed Monday" is
(session 12, round 2). A past with no "'s" and a possessive before the day keep the past
(Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

AHEAD = [
    ("school's cancelled monday too ❄️", "monday", "2024-03-18"),
    ("School's cancelled Monday too, stay warm", "Monday", "2024-03-18"),
    ("the Kelby ferry's postponed thursday, storm coming", "thursday", "2024-03-14"),
    ("it's cancelled friday, sorry all", "friday", "2024-03-15"),
]

BEHIND = [
    ("we cancelled monday and went home", "monday", "2024-03-11"),
    ("Marn's cancelled monday's class", "monday", "2024-03-11"),
]


@pytest.mark.parametrize(("text", "span", "value"), AHEAD)
def test_contracted_notice_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize(("text", "span", "value"), BEHIND)
def test_past_stays_behind(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

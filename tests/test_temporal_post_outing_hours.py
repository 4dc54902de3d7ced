"""A post's bare hour after a word of an evening out and "at", ending its phrase ("pub at 6
anyone??", "drinks at 8, who's in"), is a clock time whose half of the day the post's words
give (``post_hours``); fireworks are an evening's too ("fireworks on the quay at 9:15"); a
count or an address after the hour stays no time (session 11, round 3; Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("long week. pub at 6 anyone??", "6", "2024-03-13T18:00"),
    ("drinks at 8, who's in", "8", "2024-03-13T20:00"),
    # the greeted holiday is a date since session 21 (lower-case "bonfire night"): the
    # fireworks' evening hour falls on it
    ("Happy bonfire night! fireworks over the Merrow quay at 9:15 🎆", "9:15",
     "2023-11-05T21:15"),
]

UNTAGGED = [
    "the party at 10 Larch Road was loud",
    "drinks at 2 for 1 all week",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_outing_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_no_clock_time(text: str) -> None:
    assert found(text, WED) == []

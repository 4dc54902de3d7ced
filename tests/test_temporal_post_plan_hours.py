"""A post's bare hour after "at"/"from", ending its phrase, in a post that names today, a meal
or an outing ("brunch at 11 🌷", "doors at 7, queueing from 4") is a clock time whose half of
the day the post's words give (``post_hours``); an amount, a score, a rank, an age or a price
after "at"/"from" stays no time (session 12, round 2; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("brunch with the girls at 11 🌷", "11", "2024-03-13T11:00"),
    ("Gig tonight!! doors at 7, queueing outside from 4 😎", "7", "2024-03-13T19:00"),
    ("Gig tonight!! doors at 7, queueing outside from 4 😎", "4", "2024-03-13T16:00"),
    ("first pint tonight, meet at the tavern at 9", "9", "2024-03-13T21:00"),
    ("tacos and cheesy films tonight, starting at 8", "8", "2024-03-13T20:00"),
    ("karaoke at the club tonight from 9 🎤", "9", "2024-03-13T21:00"),
    ("lunch with gran today at the garden centre, table for 4 at 12!", "12",
     "2024-03-13T12:00"),
]

UNTAGGED = [
    ("rates held at 7 percent today", "7"),
    ("quiz tonight and we drew at 3-1", "3"),
    ("turned 21 today!! first pint at 21 feels odd", "21"),
    ("she learned to swim at 5, tonight she won gold", "5"),
    ("quiz tonight, we're at 3!", "3"),
    ("we were down to 4 players tonight, up from 3", "3"),
    ("lunch today, ticket prices from 5", "5"),
    ("the pub quiz tonight, our team tied at 2", "2"),
    ("stuck at work at 9, no plans", "9"),  # no day, meal nor outing named
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_plan_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)


@pytest.mark.parametrize("text,span", UNTAGGED)
def test_no_clock_time(text: str, span: str) -> None:
    assert span not in [t for t, _ in found(text, WED)], found(text, WED)

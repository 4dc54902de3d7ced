"""British clock forms in posts (session 11): "half 7" is 7:30 after a word that leads into a
time (at, @, from, by, till, until, around, about), its half of the day from the post's words
as a bare hour's (one to six p.m. otherwise); "quarter to 9" and "half past 6" end their
phrase at an emoji or a post's link word as at a mark, so "monday at quarter to 9 😩" is one
TIME on that Monday. A count ("half 7 of them") stays untagged. Sentences written for this
project (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("quiz night at the Gull tonite, first round at half 8", "half 8", "2024-03-13T20:30"),
    ("karaoke @ half 9, who's in", "half 9", "2024-03-13T21:30"),
    ("school run then gym at half 6, brutal", "half 6", "2024-03-13T06:30"),
    ("ferry leaves Marl at half 3, don't be late", "half 3", "2024-03-13T15:30"),
    ("bakery open till half 5 today x", "half 5 today", "2024-03-13T17:30"),
    ("pub quiz half 8 tmrw, same team?", "half 8 tmrw", "2024-03-14T20:30"),
    ("quiz night thurs half 8 🍻", "thurs half 8", "2024-03-14T20:30"),
    ("pub quiz tmrw half 8?", "tmrw half 8", "2024-03-14T20:30"),
    ("driving lesson is friday at quarter to 9 😬 pray for me", "friday at quarter to 9",
     "2024-03-15T08:45"),
    ("pottery class tmrw at quarter past 6 then chips", "tmrw at quarter past 6",
     "2024-03-14T18:15"),
    ("meet at half past 7 by the cinema", "half past 7", "2024-03-13T19:30"),
]

UNTAGGED = [
    "On Tolley street half 7 of the lamps are out",
    "half 7 of the squad are off sick",
    "about half 7s in the tin",
    "scored half 3 pointers lol",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_british_clock_forms(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_half_before_a_count_is_no_clock(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,expected", [
    ("gig doors 7.30, three bands at the Gull", [("7.30", "2024-03-13T19:30")]),
    ("dinner at 8.15? Pellan Thai", [("8.15", "2024-03-13T20:15")]),
    ("quiz @ 8.45 x", [("8.45", "2024-03-13T20:45")]),
    ("meet at 2.30 by the harbour steps", [("2.30", "2024-03-13T14:30")]),
    ("Tolley shares closed at 7.30.", []),
    ("the fare rose to 2.45 on the Marl line", []),
])
def test_post_dotted_clock_after_a_start_word(text: str, expected: list) -> None:
    """ "doors 7.30", "dinner at 8.15": a point between hour and minutes after a word of a start
    or an outing is a clock time, its half of the day from the post's words; a price after
    "closed at" or "rose to" is none (session 11)."""
    assert found(text, WED) == expected

"""A post's fillers, greetings and sign-offs ("ok", "x", "lol", "then", "hey") do not count among
a note's words: "ok see u monday x" and "friday it is then" are plans, the coming day; a past
form still makes a report ("ok so sunday was a washout") (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("ok see u monday x", "monday", "2024-03-18"),
    ("friday it is then", "friday", "2024-03-15"),
    ("see u all sunday lol", "sunday", "2024-03-17"),
    ("hey hey, pub quiz thursday xx", "thursday", "2024-03-14"),
    ("ok so sunday was a washout", "sunday", "2024-03-10"),
    ("Shops shut Friday.", "Friday", "2024-03-08"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_post_note_fillers(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

"""An "H:MM" after "sub" is a race's or a speedrun's target ("sub 1:02 is next", "a sub 3:30
marathon": under that time), no clock time (session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "pb of 58:10 on the any% route. sub 57:30 next week? 👀",
    "chasing a sub 3:15 at the Lenholm marathon",
    "sub 4:40 mile or bust",
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_target_untagged(text: str) -> None:
    assert [m for m in found(text, WED) if ":" in m[0]] == []


def test_clock_after_other_words_kept() -> None:
    # an unpadded "H:MM" of one to four is the afternoon's (session 20)
    assert ("3:30", "2024-03-13T15:30") in found("the sub came on at 3:30", WED)

"""An "H:MM" before the noun of a recording or a race ("the same 4:12 song", "a 6:50 mile") is
its length, no clock time; a train's, a bus's or a show's "7:45" stays a time (Wednesday 13
March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "on hold to the council, same 3:41 song on repeat",
    "knocked out a 7:05 mile on the canal path",
    "she ran a 2:58 marathon in the rain",
    "new 24:10 pb, buzzing",
    "the 5:12 track on side two is the best one",
]

FOUND = [
    ("the 7:45 train is cancelled again", "7:45", "2024-03-13T07:45"),
    # a clock time still (a place in a video is not told apart), the afternoon's (session 20)
    ("the song starts at 4:12 in the video", "4:12", "2024-03-13T16:12"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_recording_or_race_length_untagged(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,span,value", FOUND)
def test_clock_time_kept(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

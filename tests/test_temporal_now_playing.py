"""A radio's or a player's "Now playing:" (also "now showing -", "NOW ON AIR |") is a label,
no PRESENT_REF, as a broadcast's "Now for the weather" is; and an unpadded "M:SS" alone in
brackets after a title, in a text with a radio's or a player's word, is the track's length,
no clock time (session 13; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

NO_TIME = [
    ("Now playing: The Gannets - Salt Road (3:41)", []),
    ("now playing - Ivy Larke - Lanterns Out (4:07) on Brookside Radio", []),
    ("NOW SHOWING: The Long Field, screen 2", []),
    ("Now playing: Marlo Quinn - Tidewater (5:02) 21:14 | Vale FM",
     [("21:14", "2024-03-13T21:14")]),
]

KEPT = [
    # a time told in brackets with no player's word is a clock time
    ("Board meeting moved (9:30) to the annex", "9:30", "2024-03-13T09:30"),
    # "now" in a sentence stays PRESENT_REF
    ("the band is now playing its last song", "now", "PRESENT_REF"),
]


@pytest.mark.parametrize("text,want", NO_TIME)
def test_label_and_length(text: str, want: list) -> None:
    assert found(text, WED) == want


@pytest.mark.parametrize("text,span,value", KEPT)
def test_kept(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)

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



def test_a_long_playlist_looks_for_the_players_word_once_per_piece() -> None:
    """Every bracketed length asks whether its text has a player's word; a long one-line
    playlist is searched once per piece, not once per length (it stays linear in its length)."""
    from summarize.temporal.number_checks import _has_recording_word

    tracks = " / ".join(f"Harbour Tune {k} ({k % 5 + 1}:{k % 50 + 10})" for k in range(200))
    _has_recording_word.cache_clear()
    found("Now playing: the Gannets mix on Vale FM, " + tracks, WED)
    info = _has_recording_word.cache_info()
    assert info.hits + info.misses >= 190  # nearly every length asked
    assert info.misses <= 5  # ... and the text was searched a handful of times

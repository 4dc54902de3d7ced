"""A holiday or a season right before a noun of its music or films ("the christmas playlist",
"halloween movies", "the summer songs") names a thing, as "the Christmas carols" does, no time
(session 12, round 2); after a preposition of time it stays a time (Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

THINGS = [
    ("can finally play the christmas playlist, don't argue", "christmas"),
    ("halloween movies all night with the Dunmore lot", "halloween"),
    ("the summer songs are back on the radio", "summer"),
    ("Christmas playlists are up on our page", "Christmas"),
]

TIMES = [
    ("over christmas we watched movies", "christmas"),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_holiday_media_is_a_thing(text: str, word: str) -> None:
    assert word not in [m[0] for m in found(text, WED)]


@pytest.mark.parametrize(("text", "word"), TIMES)
def test_holiday_after_preposition_is_a_time(text: str, word: str) -> None:
    assert word in [m[0] for m in found(text, WED)]

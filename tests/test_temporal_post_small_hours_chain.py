"""A post's bare hour after "at" with another time a word or a mark before its preposition
("1am, chips at 2") is kept as the post's clock time, and a bare hour read in the small hours
carries the night on to the next ("chips at 2 [02:00], asleep at 4 [04:00]"); "Tonite at 7"
keeps the day word alone and a post with no small hour keeps its afternoon (session 15, round
3; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)
T = "2024-03-13T"

CASES = [
    ("band finished 1am, chips at 2, asleep at 4",
     [("1am", T + "01:00"), ("2", T + "02:00"), ("4", T + "04:00")]),
    ("karaoke finished 1am, toasties at 2, asleep at 4",
     [("1am", T + "01:00"), ("2", T + "02:00"), ("4", T + "04:00")]),
    ("gig ended 12am, kebab at 1, bed at 3",
     [("12am", T + "00:00"), ("1", T + "01:00"), ("3", T + "03:00")]),
    ("lunch at 1, nap at 3", [("1", T + "13:00"), ("3", T + "15:00")]),
    ("Tonite at 7", [("Tonite", "2024-03-13TNI")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_post_small_hours_chain(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected

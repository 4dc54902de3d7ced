"""A US TV listing's "9/8c" (9 Eastern, 8 Central: a "c" right after the slash pair, the second
hour one less) is a clock time of the evening, the first hour p.m. (T21:00); a "9/8" with no
"c" stays a date (session 11, round 3; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("Who's watching? #QuarryRow is back at 9/8c 👀", [("9/8c", "2024-03-13T21:00")]),
    ("season finale 10/9c, don't miss it", [("10/9c", "2024-03-13T22:00")]),
    ("new episode Thursday 8/7c", [("Thursday 8/7c", "2024-03-14T20:00")]),
]

#: A slash pair without the "c" is a date, as before.
DATES = ["the Farrow Hall vote on 9/8 was close", "the Farrow Hall fete is on 10/9"]


@pytest.mark.parametrize("text,want", CASES)
def test_tv_listing(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text, WED) == want


@pytest.mark.parametrize("text", DATES)
def test_slash_pair_without_c_is_a_date(text: str) -> None:
    assert [len(v) for _s, v in found(text, WED)] == [10]

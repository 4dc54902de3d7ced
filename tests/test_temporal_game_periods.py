"""A quarter with no year beside a game's words (a deficit "trailed", "touchdowns", a running
score "up 54-50", "seconds left") is a period of the game, no quarter of the year (session
13; time inside a game, as session 10 decided for halves and minutes); a quarter with a year or
beside a report's words stays (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

GAME = [
    "The Otters trailed by eleven after the second quarter.",
    "Their quarterback threw three touchdowns in the fourth quarter.",
    "Q3 now, Pelham up 54-50 with the bench emptying",
    "Two free throws late in the first quarter settled the nerves.",
    "Q2 done, 40 seconds left on the shot clock, 38-36",
    "The Falcons came back in the fourth quarter to win 88-84.",
]


@pytest.mark.parametrize("text", GAME)
def test_a_game_period_is_no_quarter(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT) if "Q" in m.value] == []


QUARTERS = [
    ("Ticket sales fell in the third quarter of 2021, the club said.", "2021-Q3"),
    ("Margins rose 2 percentage points in the first quarter.", "2022-Q1"),
    ("The league's broadcaster lost subscribers in Q1.", "2022-Q1"),
    ("Wembley Arena led the region's bookings in the first quarter.", "2022-Q1"),
    ("The bill passed 5-4 in the third quarter, the board said.", "2021-Q3"),
]


@pytest.mark.parametrize(("text", "value"), QUARTERS)
def test_quarters_of_the_year_stay(text: str, value: str) -> None:
    assert value in [m.value for m in tag_text(text, DCT)]

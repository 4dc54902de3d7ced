"""Ages in ranges and decades in words are no time: "one to four year olds", "aged 6 months to
18 years", "people in their sixties" (session 9, real-news audit of Timeline17 tune stories).
Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)



@pytest.mark.parametrize("text", [
    "The Tolley clinic sees many one to four year olds.",
    "The syrup suits two- to five-year-olds in Branwick.",
    "Drops are given to children aged 6 months to 18 years.",
    "Pupils aged five to 11 years joined the Carrow choir.",
    "Workers aged between 18 and 30 years can apply in Marl.",
    "The Dunmore shop sells walking boots to people in their sixties and seventies.",
    "A woman in her late forties was hurt at Pellan Point.",
    "Voters in their Seventies backed the Orrin plan.",
])
def test_ages_name_no_time(text: str) -> None:
    assert found(text, DCT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Orrin bridge will close for two to three years.", [("two to three years", "P2Y")]),
    ("The bridge, aged 90, will close for two to three years.",
     [("two to three years", "P2Y")]),
    ("He served five to eight years in the Tolley jail.", [("five to eight years", "P5Y")]),
    ("In the Seventies, the Marl mill closed.", [("the Seventies", "197")]),
    ("Since the sixties and seventies, Branwick has grown.",
     [("the sixties", "196"), ("seventies", "197")]),
    ("Their late-seventies heyday ended in Carrow.", [("late-seventies", "197")]),
])
def test_lengths_and_decades_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

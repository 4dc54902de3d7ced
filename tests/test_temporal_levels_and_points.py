"""A four-digit number after "level" (a game's or a course's) or after a score ("a high score of
2048", "scored 1990 points" is handled as a count) is a number, not a year; "below 2019 levels",
"the highest level since 2009" keep their years."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

NUMBERS = [
    "finally reached level 2010 in the puzzle app",
    "Nobody has beaten her high score of 2048 yet.",
    "Her best score was 1987, a club record at the alley.",
    "Level 1950 of the climbing game has a hidden door.",
]

YEARS = [
    ("Emissions fell below 2019 levels.", "2019", "2019"),
    ("Rates hit the highest level since 2009.", "2009", "2009"),
    ("The level in 2021 was a record.", "2021", "2021"),
]


@pytest.mark.parametrize("text", NUMBERS)
def test_level_or_score_number_is_no_year(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), YEARS)
def test_year_near_level_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A season named from the date under discussion ("That summer", "the following spring", "the
previous winter") is the season of that date's year, the next one after it or the last one
before it; with no date under discussion, the publication date's. They were missed."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)
STORY = "The mill closed on May 3, 2019. "

CASES = [
    (STORY + "That summer, the town emptied.", "That summer", "2019-SU"),
    (STORY + "By the following spring, the site had reopened.", "the following spring",
     "2020-SP"),
    (STORY + "The previous autumn, the owners had sold the looms.", "The previous autumn",
     "2018-FA"),
    (STORY + "The same summer, floods hit the valley.", "The same summer", "2019-SU"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_season_from_the_date_under_discussion(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text", [
    "That fall of the old regime surprised nobody.",
    "The firm repairs buildings that fall down in storms.",
    "Start-ups that spring up near campus rarely last.",
    "that fall was brutal, hope he is ok",
])
def test_a_relative_that_or_a_tumble_is_no_season(text: str) -> None:
    assert tag_text(text, DCT) == []


def test_in_that_summer() -> None:
    text = STORY + "In that summer the town emptied."
    assert ("that summer", "2019-SU") in [(m.text, m.value) for m in tag_text(text, DCT)]

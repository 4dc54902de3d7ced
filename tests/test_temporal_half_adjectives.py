"""A half of the year as an adjective before a report's figure ("first-half profit", "second-half
growth") is that half of the reference year, as "third-quarter profit" is a quarter; before
anything else ("a second-half goal", "a first-half penalty") it is a half of a match."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 8, 15)

HALVES = [
    ("The brewer's first-half profit rose 12 percent.", "first-half", "2019-H1"),
    ("First-half sales fell at the chain.", "First-half", "2019-H1"),
    ("The miner expects second-half growth to slow.", "second-half", "2019-H2"),
    ("The group posted first-half net profit of $2 billion.", "first-half", "2019-H1"),
]

MATCH_HALVES = [
    "A second-half goal sealed the win.",
    "Her first-half penalty was saved.",
]


@pytest.mark.parametrize(("text", "span", "value"), HALVES)
def test_half_adjectives_of_reports(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize("text", MATCH_HALVES)
def test_halves_of_a_match_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []

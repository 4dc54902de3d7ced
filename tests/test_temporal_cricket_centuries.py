"""A century scored is a hundred runs, not a hundred years ("made a maiden century", "brought up
his half-century"); a century lived or waited stays a length (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

RUNS = [
    "The captain made a century against the visitors.",
    "Her opening partner brought up a fluent half-century.",
    "The young batter has scored two centuries for the county.",
    "He hit a century off only 70 balls.",
    "The wicketkeeper is scoring a half-century in every match.",
]


@pytest.mark.parametrize("text", RUNS)
def test_centuries_scored_are_runs(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


LENGTHS = [
    ("The chapel has stood for a century.", "a century", "P100Y"),
    ("The family farmed the valley for half a century.", "half a century", "P50Y"),
    ("The bridge was built more than a century ago.", "more than a century ago", "1922"),
]


@pytest.mark.parametrize("text,span,value", LENGTHS)
def test_centuries_of_time_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

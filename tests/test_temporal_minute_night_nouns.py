""""a minute" and "a night" before a noun are an adjective and a modifier ("a minute crack",
"a night porter"), not lengths; before a preposition, an adverb or at the end they stay lengths
(DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NOT_LENGTHS = [
    "Engineers found a minute crack in the blade.",
    "The hotel hired a night porter.",
    "There was a minute difference between the samples.",
    "She caught a night bus home.",
]


@pytest.mark.parametrize("text", NOT_LENGTHS)
def test_minute_and_night_before_a_noun_are_no_lengths(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


LENGTHS = [
    ("The crew spent a night on the glacier.", "a night", "P1D"),
    ("The train was a minute late.", "a minute", "PT1M"),
    ("Hold on for a minute please.", "a minute", "PT1M"),
    ("The speech lasted a minute.", "a minute", "PT1M"),
]


@pytest.mark.parametrize("text,span,value", LENGTHS)
def test_minute_and_night_lengths_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

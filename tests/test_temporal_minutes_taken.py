"""A plural unit with an article after "took" is a thing taken, no length: "took the minutes"
(the record of a meeting); a length after "took" has no article ("took hours") (session 10,
round 2; DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TAKEN = [
    "The clerk took the minutes at the parish meeting in Ashby Cross.",
    "Ms Arven took the minutes and read them back to the board.",
    "Nobody else volunteered, so the treasurer took the minutes.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_the_minutes_taken_are_no_length(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


LENGTHS = [
    ("The repair took hours.", "hours", "PTXH"),
    ("Building the dam took decades.", "decades", "PXY"),
    ("The count took days, officials in Fenmoor said.", "days", "PXD"),
    ("In the minutes before the blast, alarms rang.", "the minutes", "PTXM"),
    ("The crowd fell silent in the minutes after the goal.", "the minutes", "PTXM"),
]


@pytest.mark.parametrize("text,span,value", LENGTHS)
def test_lengths_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""Weekdays, seasons and numbers that are parts of names: a weekday opening a sentence before
a surname ("Wednesday Addams"), a capitalised season before a capitalised noun ("the Autumn
Statement", "Spring Street"), a number after a label ("Route 1999"). The same words stay
times with a cue (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "Thursday Okonkwo sang the opening number.",
    "The Winter Palace was lit up for the visit.",
    "Delegates gathered at the Summer House hotel.",
    "The clinic moved to Autumn Road.",
    "Platform 1998 was closed for repairs.",
    "Take bus 2017 from the square.",
    "Guests stayed in Room 1905.",
]


@pytest.mark.parametrize("text", NAMES)
def test_parts_of_names_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("On Monday Parliament rose early.", "Monday", "2022-05-02"),
    ("Officials said Thursday Moscow had agreed.", "Thursday", "2022-05-05"),
    ("Friday President Ruto flew home.", "Friday", "2022-05-06"),
    ("This Autumn Britain goes to the polls.", "This Autumn", "2022-FA"),
    ("Prices fell in the Spring.", "the Spring", "2022-SP"),
    ("The Class of 2012 met again.", "2012", "2012"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_times_with_a_cue_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

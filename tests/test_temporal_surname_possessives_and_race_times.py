"""A month used as a first name before a surname's possessive ("April Hendry's garden") is a
name, and a time after a personal best's words ("my PB is 19:37", "clocked 17:10") is a race
time, no clock (session 13); a month after a date cue and a clock after "at" stay (DCT Saturday
2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NO_TIMES = [
    "June Okafor's bakery won the prize.",
    "We stayed at August Brandt's cottage.",
    "New PB is 19:37 for the river loop!",
    "He clocked 17:10 on the hill course.",
]


@pytest.mark.parametrize("text", NO_TIMES)
def test_names_and_race_times_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("In June Parliament's recess began.", "June", "2022-06"),
    ("The PB club meets at 18:30.", "18:30", "2022-05-07T18:30"),
    ("Since April Harlow's shops have reopened.", "April", "2022-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_dates_and_clocks_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

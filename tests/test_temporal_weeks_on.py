"""Weekdays counted by weeks, British and American: "a week today", "a week on Tuesday",
"Tuesday week", "the second Monday from now", and "next <weekday>", which is never tomorrow
(a speaker would say "tomorrow"). Publication date: Tuesday 12 March 2024. Written for this
project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

TUE = date(2024, 3, 12)

CASES = [
    # "next <weekday>": the first one after the publication date, but never tomorrow
    ("The panel meets next Wednesday.", "next Wednesday", "2024-03-20"),
    ("The panel meets next Thursday.", "next Thursday", "2024-03-14"),
    ("The panel meets next Tuesday.", "next Tuesday", "2024-03-19"),
    # a week (or a fortnight) on from a day
    ("The talks resume a week today.", "a week today", "2024-03-19"),
    ("The talks resume a week tomorrow.", "a week tomorrow", "2024-03-20"),
    ("Ballots close two weeks today.", "two weeks today", "2024-03-26"),
    ("The vote is a week on Thursday.", "a week on Thursday", "2024-03-21"),
    ("The final is a fortnight on Saturday.", "a fortnight on Saturday", "2024-03-30"),
    # "<weekday> week": a week after the coming one
    ("The vote is on Thursday week.", "Thursday week", "2024-03-21"),
    ("We sail Saturday week.", "Saturday week", "2024-03-23"),
    # the n-th weekday from now
    ("The fair opens the second Monday from now.", "the second Monday from now", "2024-03-25"),
    ("Judges rule the third Friday from today.", "the third Friday from today", "2024-03-29"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_weekday_counted_by_weeks(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", [
    "He has been on strike for a week today.",  # a length that ends today, no date ahead
    "Turnout rose week on week.",
])
def test_lengths_and_comparisons_are_no_day_ahead(text: str) -> None:
    values = [m.value for m in tag_text(text, TUE)]
    assert not any(v.startswith("2024-03-19") for v in values), values

"""Lower-case weekday abbreviations in posts: "sun" after "to" before a clock time, "fri" with no
cue (it is no other word), any abbreviation in "the last fri of the month" (the publication
date's month); "sun", "sat", "wed" as ordinary words stay untagged (Saturday 15 October
2022)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

SAT = date(2022, 10, 15)

FOUND = [
    ("final moved to sun 4pm, tell everyone", "sun 4pm", "2022-10-16T16:00"),
    ("the second series drops fri!!!", "fri", "2022-10-21"),
    ("payday is the last fri of the month, cannot come soon enough", "the last fri of the month",
     "2022-10-28"),
    ("recycling goes out the first mon of the month", "the first mon of the month", "2022-10-03"),
    ("The club meets the last Thursday of the month.", "the last Thursday of the month",
     "2022-10-27"),
]

UNTAGGED = [
    "we sat by the pond all through lunch",
    "the sun was out over the harbour",
    "they wed at the old chapel",
    "the frisbee team wore fri-yay shirts",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_weekday_abbreviation(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=SAT)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", UNTAGGED)
def test_abbreviation_words_stay_untagged(text: str) -> None:
    assert [m.text for m in tag_text(text, SAT)] == []

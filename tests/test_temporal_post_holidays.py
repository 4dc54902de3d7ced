"""Posts' lower-case holidays without an apostrophe ("st patricks day", "xmas eve") and
"easter", also a word ("an easter egg"), after a preposition of time; dates come from the
holiday calendar (publication date Saturday 15 October 2022 unless given)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

SAT = date(2022, 10, 15)

FOUND = [
    ("parade at noon then the pub, happy st patricks day", date(2021, 3, 17),
     "st patricks day", "2021-03-17"),
    ("xmas eve and the shops are heaving", date(2021, 12, 24), "xmas eve", "2021-12-24"),
    ("xmas day at my aunt's again", SAT, "xmas day", "2022-12-25"),
    ("haven't heard from my cousin since easter", SAT, "easter", "2022-04-17"),
]

UNTAGGED = [
    "we did an easter egg hunt in the garden",
    "the easter bunny ate the last of the chocolate",
]


@pytest.mark.parametrize("text,dct,span,value", FOUND)
def test_post_holiday(text: str, dct: date, span: str, value: str) -> None:
    m = mention(text, span, dct=dct)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", UNTAGGED)
def test_easter_as_a_word_stays_untagged(text: str) -> None:
    assert [m.text for m in tag_text(text, SAT)] == []

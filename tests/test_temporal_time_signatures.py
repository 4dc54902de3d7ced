"""A slash pair over 2, 4, 8 or 16 near a word of music ("the chorus moves from 6/8 to 3/4")
is a time signature, no date (session 13); after a word that dates a day ("on 7/8"), or with no
word of music near, it stays a date (DCT Saturday 2022-05-07, day first)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

SIGNATURES = [
    "The chorus moves from 6/8 to 3/4 without warning.",
    "Their new song drops from 4/4 into 7/8 halfway through.",
    "The folk tune switches from 9/8 to 6/8 for the dance.",
]


@pytest.mark.parametrize("text", SIGNATURES)
def test_time_signatures_are_no_dates(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT)] == []


DATES = [
    ("The drummer joins the tour on 7/8.", "7/8", "2022-08-07"),
    ("The sale runs from 6/8 to 9/8.", "6/8", "2022-08-06"),
]


@pytest.mark.parametrize(("text", "span", "value"), DATES)
def test_dates_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A bare "12:10" after a result word ("won 21:19", "the score was 19:17") or after a
capitalised name it numbers ("Luke 2:14", "Kiel beat Flensburg 12:10") is no clock; after a
preposition, a weekday, or with a time zone it stays one (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NOT_CLOCKS = [
    "The home side won the second set 21:19.",
    "The score was 19:17 going into the last minute of play.",
    "The congregation read Luke 2:14 together.",
    "Kiel beat Flensburg 12:10 in a tight game.",
    "The committee voted 12:10 in favour.",
]


@pytest.mark.parametrize("text", NOT_CLOCKS)
def test_scores_and_verses_are_no_clocks(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


CLOCKS = [
    ("The ferry left at 11:40 in heavy fog.", "11:40", "2022-05-07T11:40"),
    ("The market opened 09:30 and closed early.", "09:30", "2022-05-07T09:30"),
    ("Results were announced at 22:15 Moscow time.", "22:15 Moscow time", "2022-05-07T22:15"),
    ("Friday 14:30 the talks resume.", "Friday 14:30", "2022-05-13T14:30"),
]


@pytest.mark.parametrize("text,span,value", CLOCKS)
def test_clock_times_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A weekday and a capitalised part of day before another capitalised word make a title
("Tuesday Night Quiz", "Sunday Morning Sessions"); after a preposition or in a headline they
stay a time (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TITLES = [
    "Tuesday Night Quiz drew a record audience to the pub.",
    "She presents Sunday Morning Sessions on local radio.",
    "Friday Evening Jazz packed the hall again.",
]


@pytest.mark.parametrize("text", TITLES)
def test_weekday_titles_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("Storm Hits Coast Friday Evening", "Friday Evening", "2022-05-06TEV"),
    ("Crowds gathered on Friday evening.", "Friday evening", "2022-05-06TEV"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_weekday_parts_of_day_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

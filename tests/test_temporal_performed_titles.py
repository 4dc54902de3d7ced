"""A capitalised month, season, holiday or weekday right after a verb of performing a piece
("sang", "hummed", "covered", "opened with"...) is a song's or a piece's title, no time (session
13): alone where the title ends its phrase, a weekday only inside a title that goes on; a date
after a preposition, a month before a noun and a weekday a performance is dated by stay (DCT
Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TITLES = [
    "The brass band closed with November, and the hall stood.",
    "She hummed Tuesday Blue Tuesday while she painted.",
    "The duo covered Bright December at the folk club.",
    "The trio belted out Saturday Sun Rising at the fair.",
    "They danced to October at the village hall.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_performed_title_is_no_time(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT) if m.value[:1].isdigit()] == []


TIMES = [
    ("The choir sang Sunday at the abbey.", "Sunday", "2022-05-01"),
    ("She sang in November at the Corn Hall.", "November", "2021-11"),
    ("The fair opened with August crowds lining the lane.", "August", "2021-08"),
    ("The band played Friday in Tarrow.", "Friday", "2022-05-06"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_dates_near_performing_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

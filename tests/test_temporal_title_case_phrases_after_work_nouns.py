"""A time phrase of two or more words, every one capitalised, right after the noun of a work's
kind ("the film The Day After Tomorrow", "the song Next Summer") is the work's title: prose
writes such a phrase in lower case. A lone calendar word after the noun, or a phrase in lower
case, stays a time ("released the album Tuesday") (session 10, round 2; DCT Saturday
2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TITLES = [
    "The disaster film The Day After Tomorrow was shot partly in a quarry near Selby Moor.",
    "The comedy The Day Before Yesterday drew a small audience in Wrenfield.",
    "She hummed the song Next Summer while she painted the fence.",
    "The thriller Last Friday ends with a chase through a fish market.",
    "Their single This Weekend reached the charts in Norvale.",
    "The play Tomorrow Morning opens with an empty kitchen.",
]


@pytest.mark.parametrize("text", TITLES)
def test_title_case_time_phrases_after_a_work_noun_are_titles(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("The film opens the day after tomorrow.", "the day after tomorrow", "2022-05-09"),
    ("The band released the album last Friday.", "last Friday", "2022-05-06"),
    ("The band released the album Tuesday in Oslo.", "Tuesday", "2022-05-03"),
    ("The show returns next week.", "next week", "2022-W19"),
    ("The Festival Opens Next Friday", "Next Friday", "2022-05-13"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_time_phrases_in_prose_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

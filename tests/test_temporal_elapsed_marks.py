"""A clock-like number before "mark" ("the 1:30 mark", "the 2:15:00 mark") is a time elapsed in
a race or a match, no time of day; the same number as an hour stays a clock time (session 7,
whole documents). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 20)

UNTAGGED = [
    "My legs were gone around the 1:30 mark.",
    "She still led at the 2:15:00 mark of the marathon.",
    "By the 0:45 mark the pacers had dropped out.",
    "He pulled clear at the 1:05 mark, the commentator said.",
]

TAGGED = [
    ("The ferry leaves at 11:30 from pier two.", "11:30", "2016-05-20T11:30"),
    ("Gates close at 1:30 p.m. sharp.", "1:30 p.m.", "2016-05-20T13:30"),
    ("The last bus is the 23:45 service.", "23:45", "2016-05-20T23:45"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_a_mark_is_no_clock_time(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TAGGED)
def test_clock_times_stay(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value

"""A calendar word right after the noun of a work, an artwork or a horse, where the title goes
on with a possessive or a preposition and an article before a capitalised word ("the ballet
Tuesday under the Lanterns", "the colt April's Promise"), is a title, no time (session 13); a
day after such a noun with no title going on, or after a verb's object, stays a date (DCT
Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TITLES = [
    "The comedy Monday at the Marlins ran for six seasons.",
    "The podcast Wednesday Workshop reached a new audience.",
    "A print of the mural Saturday by the Weir hangs in the hall.",
    "The colt August's Promise was scratched from the race.",
    "Fans of the ballet Tuesday under the Lanterns queued round the block.",
    "The filly Sunday Quill won at Orrin Park.",
    "The sculpture Friday in the Rain was moved to the atrium.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_title_going_on_after_a_work_noun_is_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("The comedy opens Friday at the Lyric.", "Friday", "2022-05-13"),
    ("Customs officers seized the boat Monday at the Port of Tarrow.", "Monday", "2022-05-02"),
    ("The band released the album Tuesday in Oslo.", "Tuesday", "2022-05-03"),
    ("The podcast returns on Wednesday with a new host.", "Wednesday", "2022-05-11"),
    ("The mare foaled in April at the Corran stud.", "April", "2022-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_days_after_a_work_noun_stay_dates(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

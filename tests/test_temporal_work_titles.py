"""A calendar word in the title of a work or the name of a thing named after its kind ("the
film ...", "the song ...", "the ferry ...", "the band ...") is no time; the same words after
such a noun stay times when no title is there (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

TITLES = [
    "The musical Sunday Lights returns to the stage.",
    "Critics loved the film Bright Midnight.",
    "The novel The Wednesday Letters sold well.",
    "She recorded the song Goodbye October with her sister.",
    "The sitcom Saturday Night Neighbours was cancelled.",
    "The band played the single Lonely in June for the encore.",
    "The ferry Bright Sunday ran aground in the fog.",
    "The racehorse Lucky Friday won by a length.",
    "The band Velvet October headlined the tent.",
]


@pytest.mark.parametrize("text", TITLES)
def test_calendar_words_in_titles_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("The film opened on Friday.", "Friday", "2022-05-06"),
    ("The band released the album Tuesday in Oslo.", "Tuesday", "2022-05-03"),
    ("The show Monday night drew large crowds.", "Monday night", "2022-05-02TNI"),
    ("The novel came out in October.", "October", "2021-10"),
    ("She showed a film at Cannes in May.", "May", "2022-05"),
    ("He will sail a yacht at Cowes in July.", "July", "2022-07"),
    ("Guests filled a hotel Kowloon May 1, 2021.", "May 1, 2021", "2021-05-01"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_times_after_a_work_noun_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A capitalised time word before a capitalised word of a closed class ("Never", "That's", "Is",
"And", "In"...) in mixed-case prose is a title's word ("Tomorrow Never Dies"); "Tomorrow the
council votes", "Yesterday The Times reported" and a headline in Title Case stay times."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

TITLES = [
    "Tomorrow Is Another Country was reissued on vinyl.",
    "The quiz show Now And Then returns with a new host.",
    "Critics loved Midnight Is Coming at the festival.",
    "Yesterday Was Everything topped the download chart.",
]

TIMES = [
    ("Tomorrow the council votes on the budget.", "Tomorrow", "2024-03-14"),
    ("Yesterday The Times reported a leak.", "Yesterday", "2024-03-12"),
    ("Ferry Strike Ends Tomorrow As Talks Succeed", "Tomorrow", "2024-03-14"),
    ("Now is the time to act, the minister said.", "Now", "PRESENT_REF"),
]


@pytest.mark.parametrize("text", TITLES)
def test_time_words_in_title_case_are_titles(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_time_words_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

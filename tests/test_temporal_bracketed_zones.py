"""A clock time with its GMT equivalent in brackets before a day ("at 6 a.m. (0600 GMT) on
Friday", as wire copy writes it): the period of "a.m."/"p.m." before the bracket ends no clause
(``clause_tense`` reads "began"), and the bracketed piece a sentence splitter may cut off is no
jotted note, so the day is not sent ahead as a plan's is (it was the coming Friday)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text
from summarize.temporal.tense import clause_tense

DCT = date(2010, 3, 10)  # a Wednesday

CASES = [
    ("The strike began at 6 a.m. (0600 GMT) on Friday.", "Friday", "2010-03-05"),
    ("The ferry sank at 11 p.m. (2300 GMT) on Sunday.", "Sunday", "2010-03-07"),
    ("Crowds gathered at 7 p.m. (1800 GMT) Saturday.", "Saturday", "2010-03-06"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_the_day_after_a_bracketed_zone_keeps_the_tense(text: str, span: str,
                                                        value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_the_clause_reads_past_the_bracket() -> None:
    text = "The summit will open at 9 a.m. (0800 GMT) on Friday."
    at = text.index("Friday")
    assert clause_tense(text, at, at + 6).label == "future"

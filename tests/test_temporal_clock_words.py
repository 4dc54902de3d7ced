"""Clock times in words: an hour in words with am/pm and minutes in words between ("ten
thirty am", "seven forty-five p.m.", "six oh five a.m."), and a time in words before a weekday
("half past noon Saturday"). Publication date: Tuesday 12 February 2013. Written for this
project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

TUE = date(2013, 2, 12)

CASES = [
    ("The alarm went off at three am.", "three am", "2013-02-12T03:00"),
    ("We met at ten thirty am.", "ten thirty am", "2013-02-12T10:30"),
    ("The show starts at seven thirty p.m.", "seven thirty p.m.", "2013-02-12T19:30"),
    ("The last train leaves at eleven forty-five pm.", "eleven forty-five pm",
     "2013-02-12T23:45"),
    ("He left at six oh five a.m. on Monday.", "six oh five a.m. on Monday", "2013-02-11T06:05"),
    ("The guests arrived at half past noon Saturday.", "half past noon Saturday",
     "2013-02-09T12:30"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_clock_time_in_words(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", ["No one am I to judge.", "Am I the one, am I?"])
def test_am_as_a_verb_is_no_time(text: str) -> None:
    assert tag_text(text, TUE) == []

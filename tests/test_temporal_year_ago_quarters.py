""""the year-ago quarter" is always a quarter: after a month it is that month's quarter a year
back, and with nothing under discussion the last quarter ended before the publication date, a
year back (it was a year, or a month)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("Sales rose in the year-earlier quarter.", "the year-earlier quarter", "2008-Q1"),
    ("Exports rose 5% in March from the year-ago quarter.", "the year-ago quarter", "2008-Q1"),
    ("Fares rose in the third quarter from the year-ago quarter.", "the year-ago quarter",
     "2008-Q3"),
    ("Sales rose from the year-ago period.", "the year-ago period", "2008"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_the_year_ago_quarter_is_a_quarter(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

"""A day and month right after "ended" close a period that is over: the last such day on or
before the publication date, even within the two months ahead where a bare date would take the
nearest one; "ending" still looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("The firm earned $3 million in the quarter ended June 30.", "June 30", "2008-06-30"),
    ("Sales rose in the fiscal year ended July 4.", "July 4", "2008-07-04"),
    ("For the six weeks ended 20 June, output fell.", "20 June", "2008-06-20"),
    ("Sales rose in the quarter ended March 31.", "March 31", "2009-03-31"),
    ("Sales will rise in the fiscal year ending June 30.", "June 30", "2009-06-30"),
    ("The audit covers the year to June 30.", "June 30", "2009-06-30"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_date_after_ended_lies_behind(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

"""A half of a fiscal year named with its year ("the second half of fiscal 2009", "the first
half of fiscal year 2016") is one expression, that half of the year, as "the first half of
2016" is; "fiscal 2009" alone stays the year (session 7, whole documents). Sentences written
for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2008, 9, 24)

CASES = [
    ("Costs should ease in the second half of fiscal 2009.",
     "the second half of fiscal 2009", "2009-H2"),
    ("Margins improved in the first half of fiscal year 2007.",
     "the first half of fiscal year 2007", "2007-H1"),
    ("Sales fell in the first half of 2008.", "the first half of 2008", "2008-H1"),
    ("The plant opens in fiscal 2010.", "fiscal 2010", "2010"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_half_of_a_fiscal_year(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value

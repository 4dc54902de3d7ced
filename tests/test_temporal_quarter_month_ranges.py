"""A quarter named by its first and last months ("the April-June quarter", "the July-September
period", "the April-to-June period") is that quarter, as "the June quarter" is; months that make
no calendar quarter ("the April-July period") stay months."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 8, 15)

QUARTERS = [
    ("The carmaker lost money in the April-June quarter.", "the April-June quarter", "2019-Q2"),
    ("Exports grew in the July-September period.", "the July-September period", "2019-Q3"),
    ("Its January-March quarter was the weakest.", "January-March quarter", "2019-Q1"),
    ("Output shrank in the April-to-June period.", "the April-to-June period", "2019-Q2"),
    ("Margins shrank in the October–December quarter of 2018.",
     "the October–December quarter of 2018", "2018-Q4"),
]

MONTHS = [
    ("Rain fell through the April-July period.", "April", "2019-04"),
    ("Rain fell from April to June.", "April", "2019-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), QUARTERS)
def test_month_ranges_name_quarters(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), MONTHS)
def test_other_month_ranges_stay_months(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)][:1] == [(span, value)]

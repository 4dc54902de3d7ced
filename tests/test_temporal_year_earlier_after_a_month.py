""""a year earlier" after a month or a week is a year (the convention's granularity for the
phrase), not that month or week copied a year back; after a quarter or a day it keeps their
granularity (``test_temporal_year_earlier_after_a_day.py``,
``test_temporal_year_ago_comparisons.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 7, 14)  # a Wednesday

CASES = [
    ("Bread prices climbed 2.3 percent in June from a year earlier, the bureau said.",
     "a year earlier", "2020"),
    ("Lumber orders at Varrow Mills fell in March, down a fifth on a year earlier.",
     "a year earlier", "2020"),
    ("Wages in Ostrel province were 4 percent higher in May than a year earlier.",
     "a year earlier", "2020"),
    ("Ferry crossings rose last week, up 12 percent from a year earlier.",
     "a year earlier", "2020"),
    # a quarter keeps its granularity, a year back
    ("Sales at Pemberly Foods rose in the first quarter from a year earlier.",
     "a year earlier", "2020-Q1"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_year_earlier_after_a_month_is_a_year(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

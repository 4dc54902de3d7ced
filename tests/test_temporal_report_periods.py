""""the 2008 period" of a results report is one expression, the quarter under discussion in the
year named (as "the 2008 quarter"); with no quarter under discussion it is that year. A range
("the 1914-1918 period") stays two years."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("Net rose in the third quarter. In the 2008 period, costs were lower.", "the 2008 period",
     "2008-Q3"),
    ("Sales fell in the first quarter. Margins in the 2008 period were wider.",
     "the 2008 period", "2008-Q1"),
    ("In the 2005 period, the mill was idle.", "the 2005 period", "2005"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_the_year_period_is_one_expression(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value


def test_a_range_of_years_before_period_stays_two_years() -> None:
    found = [(m.text, m.value) for m in tag_text("Wages stagnated in the 1914-1918 period.", DCT)]
    assert found == [("1914", "1914"), ("1918", "1918")]

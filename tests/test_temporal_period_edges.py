"""The start, middle or end of a named quarter or half is one expression with the period's
value and its TIMEX3 mod, as "the end of the year" already is ("[the end of the third
quarter]" = 2024-Q3, END). Publication date Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

CASES = [
    ("The merger should close by the end of the third quarter.", "the end of the third quarter",
     "2024-Q3", "END"),
    ("Debt peaked at the start of the second quarter of 2023.",
     "the start of the second quarter of 2023", "2023-Q2", "START"),
    ("Output slowed in the middle of the fourth quarter.", "the middle of the fourth quarter",
     "2023-Q4", "MID"),
    ("Hiring resumes at the beginning of the second half of 2024.",
     "the beginning of the second half of 2024", "2024-H2", "START"),
    ("The line opens at the end of the first half of next year.",
     "the end of the first half of next year", "2025-H1", "END"),
]


@pytest.mark.parametrize("text,span,value,mod", CASES)
def test_an_edge_of_a_quarter_or_half_is_one_expression(text: str, span: str, value: str,
                                                        mod: str) -> None:
    m = mention(text, span, dct=WED)
    assert (m.value, m.mod) == (value, mod), m.explanation


@pytest.mark.parametrize("text,span,value", [
    ("Sales rose in the third quarter.", "the third quarter", "2023-Q3"),
    ("Profit fell in the second half of 2023.", "the second half of 2023", "2023-H2"),
])
def test_a_quarter_or_half_alone_keeps_no_mod(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert (m.value, m.mod) == (value, ""), m.explanation

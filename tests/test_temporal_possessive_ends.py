"""A unit's end written with a possessive ("at year's end", "by the month's end") is the end
of the current one, as "year-end" is (mod END); it was missed."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

ENDS = [
    ("The 20-year-old law expires at year's end.", "year's end", "2024"),
    ("The refinery should restart by the month's end.", "the month's end", "2024-03"),
    ("Traders expect a rate cut before the year's end.", "the year's end", "2024"),
]


@pytest.mark.parametrize(("text", "span", "value"), ENDS)
def test_a_units_end_is_its_end(text: str, span: str, value: str) -> None:
    found = [(m.text, m.value, m.mod) for m in tag_text(text, DCT)]
    assert found == [(span, value, "END")]


def test_a_years_end_of_something_else_is_left_alone() -> None:
    assert tag_text("The match was the best end of a long year.", DCT) == []

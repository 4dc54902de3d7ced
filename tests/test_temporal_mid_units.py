""""mid-year", "midweek", "mid-month" with no other date are the middle of the current year,
week or month (as "year-end" is its end); "mid-term", "mid-level" are no times."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

MIDDLES = [
    ("The merger should be completed by mid-year.", "mid-year", "2024"),
    ("The ferry operator expects a decision midweek.", "midweek", "2024-W11"),
    ("Rents are collected in mid-month.", "mid-month", "2024-03"),
    ("The bank will publish its midyear review.", "midyear", "2024"),
]


@pytest.mark.parametrize(("text", "span", "value"), MIDDLES)
def test_middle_of_the_current_unit(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "DATE", value)]


@pytest.mark.parametrize("text", ["The mid-term elections were close.",
                                  "She met the mid-level managers."])
def test_other_mid_words_are_untagged(text: str) -> None:
    assert tag_text(text, DCT) == []

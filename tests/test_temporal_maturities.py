"""Debts and rights fall due on a schedule: a present "mature(s)", "lapse(s)" or "vest(s)"
looks ahead as "expires" does ("The notes mature in five years" = 2029, "The bonds mature on
Friday" = the coming Friday); the past "matured" still looks back."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

CASES = [
    ("The notes mature in five years.", "five years", "2029"),
    ("The bonds mature on Friday.", "Friday", "2024-03-15"),
    ("The licence lapses on Monday unless it is renewed.", "Monday", "2024-03-18"),
    ("Her share options vest in two years.", "two years", "2026"),
    ("The bonds matured on Friday.", "Friday", "2024-03-08"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_maturities_look_ahead(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

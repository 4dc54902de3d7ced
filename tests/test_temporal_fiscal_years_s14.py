"""Fiscal years named by a start or an end date (session 14): "the fiscal year beginning
Oct. 1" is named by the year in which it ends (a year starting in January by its own year),
and "the fiscal year ended June 30, 2019" is that dated year, not a length. Invented
sentences; published Tuesday 12 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize("text, span, want", [
    ("The levy would raise $2 million in the fiscal year beginning Oct. 1, aides said.",
     "the fiscal year", "2025"),
    ("Senators passed the Brannock roads bill for the fiscal year that begins July 1.",
     "the fiscal year", "2025"),
    ("The county budget covers the fiscal year starting April 1, the clerk said.",
     "the fiscal year", "2025"),
    ("Lessing Mills cut its forecast for the fiscal year which began Oct. 1.",
     "the fiscal year", "2024"),
    ("The fiscal year beginning Jan. 1 will be the Orrin Trust's first.",
     "The fiscal year", "2025"),
    ("Corvel Foods earned $4 million in the fiscal year ended June 30, 2021, it said.",
     "the fiscal year", "2021"),
    ("Sales rose 8% in the fiscal year ending Sept. 30, 2022, to $90 million.",
     "the fiscal year", "2022"),
])
def test_fiscal_year_by_its_dates(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_fiscal_year_ended_without_a_year_stays_a_length() -> None:
    text = "In the fiscal year ended Jan. 31, the Halder chain earned $3 million."
    assert ("the fiscal year", "P1Y") in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_plain_year_ending_a_dated_day_stays_a_length() -> None:
    text = "Orland Tool expects a loss in the year ending June 30, 2025, its chief said."
    assert ("the year", "P1Y") in [(m.text, m.value) for m in tag_text(text, DCT)]

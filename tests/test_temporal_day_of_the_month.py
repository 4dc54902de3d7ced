"""A day of "the month" or "this month" ("on the first of the month", "by the 15th of this
month") is that day of the publication month, as "the 20th of next month" is of the next one;
it was "the month" alone."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

DAYS = [
    ("The new tariff took effect on the first of the month.", "the first of the month",
     "2024-03-01"),
    ("Bids must arrive by the 15th of this month.", "the 15th of this month", "2024-03-15"),
    ("The ferry timetable changes on the twentieth of the month.",
     "the twentieth of the month", "2024-03-20"),
]


@pytest.mark.parametrize(("text", "span", "value"), DAYS)
def test_a_day_of_the_month(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


def test_a_possessive_month_is_left_alone() -> None:
    found = [m.text for m in tag_text("It was the first of the month's three auctions.", DCT)]
    assert "the first of the month" not in found

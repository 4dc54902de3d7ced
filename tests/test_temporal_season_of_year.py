"""A season "of last/this/next year" is one expression, that season of the year named ("the
autumn of next year" told in March 2024 = 2025-FA); it was split into "the autumn" (this
year's) and "next year", as "March of next year" never was."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

SEASONS = [
    ("The new terminal opens in the autumn of next year.", "the autumn of next year", "2025-FA"),
    ("The quarry shut in the spring of last year.", "the spring of last year", "2023-SP"),
    ("Dredging starts in the summer of this year.", "the summer of this year", "2024-SU"),
    ("The canal froze in the winter of last year.", "the winter of last year", "2023-WI"),
    ("Fares rose in the fall of last year.", "the fall of last year", "2023-FA"),
]


@pytest.mark.parametrize(("text", "span", "value"), SEASONS)
def test_a_season_of_a_relative_year_is_one_date(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


def test_a_fall_of_something_is_still_no_season() -> None:
    assert tag_text("The fall of the old guard surprised nobody.", DCT) == []

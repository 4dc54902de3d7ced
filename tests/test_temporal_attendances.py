"""A four-digit number right after a noun it counts and "of", "was" or "reached" (a crowd, an
attendance, a turnout, a total: "a crowd of 1850", "Attendance was 1742") is a count, not a
year; "the class of 1999", "the summer of 2019", "the total for 2019" keep their years."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

COUNTS = [
    "A crowd of 1920 saw the home side lose.",
    "Attendance was 1742 despite the rain.",
    "The audience of about 1600 gave the cast a standing ovation.",
    "Turnout reached 2011 in the smallest ward.",
    "The gig drew an audience of just over 1990.",
    "The museum's headcount hit 2030 on the open day.",
]

YEARS = [
    ("The class of 1999 met again at the school.", "1999", "1999"),
    ("The total for 2019 was a record.", "2019", "2019"),
    ("The crowd in 2019 was the largest.", "2019", "2019"),
    ("Attendance has fallen since 2015.", "2015", "2015"),
]


@pytest.mark.parametrize("text", COUNTS)
def test_number_after_a_count_noun_is_no_year(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT) if m.text[:1].isdigit()] == []


@pytest.mark.parametrize(("text", "span", "value"), YEARS)
def test_year_after_a_count_noun_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

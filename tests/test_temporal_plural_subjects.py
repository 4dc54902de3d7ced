"""A four-digit number after "the" that is the subject of a plural verb is no year (issue 13,
eleventh batch follow-up): a band's name or a count ("the 1975 were"); a year stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

NO_YEAR = [
    "omg the 1975 are headlining the festival",
    "Of the passengers, the 1850 were taken to hotels.",
    "The 2000 have been moved to a shelter, officials said.",
    "the 1999 were trapped below the ice",
]

YEARS = [
    ("The 2010 elections were close.", "2010"),
    ("Results for the 2023 season are in.", "2023"),
    ("In 1975 were born many of the staff.", "1975"),
]


@pytest.mark.parametrize("text", NO_YEAR)
def test_a_number_before_a_plural_verb_is_no_year(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "value"), YEARS)
def test_a_year_before_a_noun_or_after_in_stays(text: str, value: str) -> None:
    assert value in [m.value for m in tag_text(text, DCT)]

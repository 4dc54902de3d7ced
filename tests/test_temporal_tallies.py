"""A four-digit number before a counted noun and "to"/"against" another number is one side of a
tally ("carried by 1850 votes to 1200"), even after a word that leads into a date; a year before
a report noun ("from 1990 levels to 40 %") or before "to" alone stays a year."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

TALLIES = [
    "The motion was carried by 1850 votes to 1200.",
    "Membership fell from 1900 members to 1400 in the region.",
    "The amendment failed by 1650 votes against 1710.",
]

YEARS = [
    ("Emissions must fall from 1990 levels to 40 % below them.", ["1990"]),
    ("Output rose from 2019 to 2021.", ["2019", "2021"]),
]


@pytest.mark.parametrize("text", TALLIES)
def test_tallies_are_no_years(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "values"), YEARS)
def test_years_stay(text: str, values: list[str]) -> None:
    assert [m.value for m in tag_text(text, DCT)] == values

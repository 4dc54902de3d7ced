"""A four-digit number joined by a hyphen to a counted noun or a unit ("a 1900-strong crowd", "a
2000-piece set", "a 1600-acre farm", "a 2000-year-old oak") counts things, and one joined to a
code of capitals and digits ("2019-CV-0412") is an identifier; "the 1990-era rules", "2010-style
reforms", "the 2008-09 season" stay years."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

COUNTS = [
    "A 1900-strong crowd marched to the town hall.",
    "The museum shop sells a 2000-piece puzzle of the harbour.",
    "The 1600-acre estate was put up for sale.",
    "The charity opened an 1800-bed field hospital.",
    "The pilgrims began a 2000-mile walk.",
    "Storms felled a 2000-year-old yew in the churchyard.",
    "The appeal in case 2021-CR-0178 was rejected.",
]

YEARS = [
    ("The 1990-era rules were scrapped.", ["1990"]),
    ("Inspectors praised the 2010-style reforms.", ["2010"]),
    ("The 2008-09 season ended early.", ["2008", "2009"]),
]


@pytest.mark.parametrize("text", COUNTS)
def test_joined_counts_are_no_years(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "values"), YEARS)
def test_joined_years_stay(text: str, values: list[str]) -> None:
    assert [m.value for m in tag_text(text, DCT)] == values

"""A four-digit number before a street's name is a house number, not a year ("lives at 1742
Birch Avenue"); after a time preposition or a determiner it stays a year ("In 1987 Wall Street
crashed") (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

HOUSE_NUMBERS = [
    "The family lives at 1742 Birch Avenue.",
    "Police were called to 2011 Harbour View Road.",
    "The clinic moved to 1999 Kingsway Boulevard.",
    "Parcels for 2020 Maple Court were left outside.",
]


@pytest.mark.parametrize("text", HOUSE_NUMBERS)
def test_house_numbers_are_no_years(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


YEARS = [
    ("In 1987 Wall Street crashed.", "1987", "1987"),
    ("The 2011 Harbour Road flood was the worst.", "2011", "2011"),
    ("Since 2015 Main Street has been closed to cars.", "2015", "2015"),
]


@pytest.mark.parametrize("text,span,value", YEARS)
def test_years_before_a_street_with_a_cue_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""Four digits in a sum written in words ("what is 1936 divided by 4", "3 times 2010") or
before a unit of size without its hyphen ("a 1750 piece jigsaw", "a 1900 seat stadium") are no
year (session 13); a year before other nouns stays (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NO_YEARS = [
    "what is 1936 divided by 4",
    "work out 3 times 2010 for me",
    "2025 squared is a big number",
    "we finished the 1750 piece jigsaw at last",
    "They are building a 1900 seat stadium by the river.",
    "The 1950 page manual arrived in a crate.",
]


@pytest.mark.parametrize("text", NO_YEARS)
def test_sums_and_sizes_are_no_years(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT)] == []


YEARS = [
    ("The 2016 seat count changed the council.", "2016"),
    ("The 2010 room rates rose sharply.", "2010"),
    ("The 2008 page of the ledger is missing.", "2008"),
    ("The 2012 election was close.", "2012"),
]


@pytest.mark.parametrize(("text", "value"), YEARS)
def test_years_before_other_nouns_stay(text: str, value: str) -> None:
    assert value in [m.value for m in tag_text(text, DCT)]

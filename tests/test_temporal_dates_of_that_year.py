"""A day or a month with "that year", "the same year", "the following year" or "the previous
year" is one expression in the year under discussion (or the one after or before it), not the
publication date's ("died on 25 June that year"); "last/this/next year" still count from the
publication date (session 9, real-news audit of Timeline17 tune stories). Sentences written
for this project; the publication date is 26 October 2011."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2011, 10, 26)



@pytest.mark.parametrize(("text", "expected"), [
    ("The Marl mill closed in 2009. Its owner died on 25 June that year.",
     [("2009", "2009"), ("25 June that year", "2009-06-25")]),
    ("The Marl mill closed in 2009. In June that year, its owner died.",
     [("2009", "2009"), ("June that year", "2009-06")]),
    ("The Marl mill closed in 2009. Its owner died in June of that year.",
     [("2009", "2009"), ("June of that year", "2009-06")]),
    ("The Tolley pier burned in 2007. It reopened in March of the following year.",
     [("2007", "2007"), ("March of the following year", "2008-03")]),
    ("The Tolley pier burned in 2007. On 3 March the previous year, it had flooded.",
     [("2007", "2007"), ("3 March the previous year", "2006-03-03")]),
    ("Carrow voted in 2010. By June the same year the plan was dead.",
     [("2010", "2010"), ("June the same year", "2010-06")]),
])
def test_dates_of_the_year_under_discussion(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Branwick bridge reopens in March next year.", [("March next year", "2012-03")]),
    ("The Branwick vote is due on July 1 next year.", [("July 1 next year", "2012-07-01")]),
    # with no year under discussion "that year" is the publication date's
    ("Its owner died on 25 June that year.", [("25 June that year", "2011-06-25")]),
])
def test_years_from_the_publication_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

"""After a verb of a result or a vote ("passed", "carried", "voted", "defeated", maybe with "by"),
two numbers joined by "to"/"against" are a tally, with no counted noun too ("passed 2016 to
1804"); two years in order ("ran 2009 to 2012", "approved 2010 to 2014") stay years."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 8, 15)

TALLIES = [
    "The measure passed 2016 to 1804 in the assembly.",
    "The motion was carried 1450 against 990.",
    "Shareholders voted 1,325 to 1207 to accept the bid.",
    "The amendment was defeated by 1960 to 1150.",
    "The union's members rejected 2041 to 1876 the final offer.",
]

YEARS = [
    ("The programme ran 2009 to 2012.", ["2009", "2012"]),
    ("The plan was approved 2010 to 2014, officials said.", ["2010", "2014"]),
    ("Sales passed 2016 levels.", ["2016"]),
]


@pytest.mark.parametrize("text", TALLIES)
def test_bare_tallies_are_no_years(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "values"), YEARS)
def test_years_in_order_stay(text: str, values: list[str]) -> None:
    assert [m.value for m in tag_text(text, DCT)] == values

"""Numbers and fractions that count things, not time: a four-digit number after a verb and
before a plural ("has 1850 rooms"), "a quarter" as a share of something ("rose by a quarter").
Years and lengths in the same places stay (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NO_TIME = [
    "Customs officers seized 1740 fake handbags at the port.",
    "The stadium has 1920 seats behind each goal.",
    "The charity delivered 2010 food parcels.",
    "The new depot employs 1650 local drivers.",
    "Ticket sales rose by a quarter after the final.",
    "Turnout fell almost a quarter compared with the last poll.",
    "Just a quarter said they trusted the council.",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_counts_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


STILL_TIMES = [
    ("The firm posted 2019 profits well above forecasts.", "2019", "2019"),
    ("Rents rose sharply following 2015 floods.", "2015", "2015"),
    ("The mill was founded in 1850 by weavers.", "1850", "1850"),
    ("The yard stayed shut for nearly a quarter.", "nearly a quarter", "P1Q"),
    ("The audit took a quarter to complete.", "a quarter", "P1Q"),
]


@pytest.mark.parametrize("text,span,value", STILL_TIMES)
def test_years_and_lengths_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


#: A month that is also a first name, before a surname with no date cue or determiner.
FIRST_NAMES = [
    "June Adebayo will chair the inquiry.",
    "The report was written by April Lindqvist and a colleague.",
    "August Renner led the orchestra.",
    "The stove draws 1800 watts on its highest setting.",
    "The depot stocks 1950 spare tyres.",
]


@pytest.mark.parametrize("text", FIRST_NAMES)
def test_names_and_counts_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


MONTHS_STAY = [
    ("In June Parliament rose for the summer.", "June", "2022-06"),
    ("The June Brexit vote split the party.", "June", "2022-06"),
    ("The forecaster projects 2025 revenues of $3bn.", "2025", "2025"),
]


@pytest.mark.parametrize("text,span,value", MONTHS_STAY)
def test_months_and_years_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

""""the full year" after a verb or noun of expectation (expects, forecasts, its outlook...) is
the year in progress, the publication year, not a past year under discussion; without one it
stays the year under discussion."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 9, 2)

FULL_YEAR = [
    ("Tarvin Air flew 2,100 charters in the first half of 2020, and expects bookings for the "
     "full year to reach 5,000.", "the full year", "2021"),
    ("Sales at Pemlo fell in 2020. The firm forecasts a modest rise for the full year.",
     "the full year", "2021"),
    ("Orders at Kelby Mills dropped in 2020; it raised its outlook for the full year.",
     "the full year", "2021"),
    ("Dallow Bank earned less in 2020 but sees higher profit over the whole year.",
     "the whole year", "2021"),
    # no expectation: the year under discussion, as before
    ("Sales at Pemlo fell in 2020. For the full year, profit halved.", "the full year", "2020"),
]


@pytest.mark.parametrize(("text", "span", "value"), FULL_YEAR)
def test_the_full_year_expected_is_the_publication_year(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

"""Periods written number first, as analysts and results tables do ("3Q24", "2H 2025"); clock
times that look alike stay clock times (DCT 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

ROWS = [
    ("Margins narrowed in 2Q21.", "2Q21", "2021-Q2"),
    ("Guidance for 4Q 2022 was cut.", "4Q 2022", "2022-Q4"),
    ("Volumes recovered through 2H21.", "2H21", "2021-H2"),
    ("The miner expects a stronger 1H 2023.", "1H 2023", "2023-H1"),
    ("The lender booked a loss in 1H FY22.", "1H FY22", "2022-H1"),
    ("The ferry docks at 1h45.", "1h45", "2022-05-07T01:45"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_number_first_periods(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


#: A month before its year with a slash ("MM/YYYY"): card expiries, form fields, tables.
MONTH_YEAR = [
    ("The permit runs out 08/2026.", "08/2026", "2026-08"),
    ("Readings for 4/2019 were lost.", "4/2019", "2019-04"),
]


@pytest.mark.parametrize("text,span,value", MONTH_YEAR)
def test_month_slash_year(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_a_fraction_of_a_thousand_is_no_month() -> None:
    assert [m.text for m in tag_text("Only 1/1000 of the grain was spoiled.", DCT)] == []

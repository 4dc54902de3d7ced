"""Units two back ("the month before last"), the current one named without an article
("end of month", "by end of week"), and days counted from yesterday or tomorrow ("two days
before yesterday") (DCT Saturday 2022-05-07, ISO week 2022-W18)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

UNITS = [
    ("Prices peaked the month before last.", "the month before last", "2022-03"),
    ("The plant shut the year before last.", "the year before last", "2020"),
    ("We met the week before last.", "the week before last", "2022-W16"),
    ("Invoices are due by end of month.", "end of month", "2022-05"),
    ("report needed end of week", "end of week", "2022-W18"),
    ("send it by end of day", "end of day", "2022-05-07"),
]

FROM_DEICTIC = [
    ("The parcel left two days before yesterday.", "two days before yesterday", "2022-05-04"),
    ("The fair opens three days after tomorrow.", "three days after tomorrow", "2022-05-11"),
    ("a week after tomorrow", "a week after tomorrow", "2022-05-15"),
]


@pytest.mark.parametrize("text,span,value", UNITS + FROM_DEICTIC)
def test_units_counted_back(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


def test_end_of_day_before_a_day_names_that_day() -> None:
    assert mention("ready end of day tomorrow", "tomorrow").value == "2022-05-08"

""""a year earlier"/"a year ago" in the sentence of a results period counted in months ("For
the nine months, ...") compares with that period's year, the year before the last quarter
ended, whatever quarter or day was named before it; a date named between them takes over
(session 10, unseen newswire; TimeBank's keys agree)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import mention

DCT = date(2021, 11, 3)  # a Wednesday; the last quarter ended is 2021-Q3

CASES = [
    ("For the nine months, the Halden Group earned $40 million, compared with $31 million "
     "a year earlier.", "2020"),
    ("Freight rose 4% in the third quarter of 2020. For the nine months, Orrin Lines earned "
     "$12 million, down from $15 million a year earlier.", "2020"),
    ("Revenue climbed on May 14. In the first six months, Kessel Foods sold 9,000 tonnes, "
     "against 8,100 tonnes a year earlier.", "2020"),
    ("In the latest nine months, exports made up 40% of sales at Varn Steel, against 35% a "
     "year ago.", "2020"),
    # a quarter named in the sentence, no months counted: that quarter a year back, as before
    ("Varn Steel's net rose 8% in the third quarter from a year earlier.", "2020-Q3"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_year_earlier_after_months(text: str, value: str) -> None:
    span = "a year ago" if "year ago" in text else "a year earlier"
    assert mention(text, span, DCT).value == value

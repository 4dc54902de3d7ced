"""A four-digit number that opens a phone number written in groups ("1800 402 117") or follows a
postcode's label ("postcode 3000") is no year; a year before a single count stays one."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CODES = [
    "For bookings call 1800 402 117 between nine and five.",
    "The helpline, 1300 655 506, is free from landlines.",
    "Ring 1902 771-0042 for the ticket office.",
    "Our shop moved to postcode 2040 in the city centre.",
    "Parcels for zip 2050 are delayed.",
]

YEARS = [
    ("In 1998 400 miners walked out.", "1998", "1998"),
    ("The post office opened in 1912.", "1912", "1912"),
    ("Call volumes in 2019 were a record.", "2019", "2019"),
]


@pytest.mark.parametrize("text", CODES)
def test_phone_and_post_codes_are_no_years(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if m.text[:1].isdigit()] == []


@pytest.mark.parametrize(("text", "span", "value"), YEARS)
def test_year_before_a_count_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

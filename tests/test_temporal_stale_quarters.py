"""A quarter not yet begun this year is last year's in a past clause, or when that one is among
the two quarters before the publication date's ("the fourth quarter" told in February); with no
past verb one three quarters back is stale, so the quarter is this year's ("closures during the
fourth quarter" told in August; session 19, unseen Wikinews)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import mention

CASES = [
    # told in August (third quarter): the fourth quarter ahead with no past verb of its own
    (date(2023, 8, 12), "The mill cut shifts, closing two lines during the fourth quarter.",
     "the fourth quarter", "2023-Q4"),
    (date(2023, 8, 12), "Two lines to close during the fourth quarter, the mill says.",
     "the fourth quarter", "2023-Q4"),
    # ... but a past clause tells of a quarter over: last year's
    (date(2023, 8, 12), "Output slumped in the fourth quarter, the brewer said.",
     "the fourth quarter", "2022-Q4"),
    (date(2023, 8, 12), "The chain will report results for the fourth quarter.",
     "the fourth quarter", "2023-Q4"),
    # told in February (first quarter): the second quarter ahead, the fourth and third behind
    (date(2024, 2, 6), "Shipments resume in the second quarter, the yard says.",
     "the second quarter", "2024-Q2"),
    (date(2024, 2, 6), "Repairs at the yard during the second quarter.",
     "the second quarter", "2024-Q2"),
    (date(2024, 2, 6), "Output slumped in the fourth quarter, the brewer said.",
     "the fourth quarter", "2023-Q4"),
    (date(2024, 2, 6), "Margins narrowed in the third quarter, the baker said.",
     "the third quarter", "2023-Q3"),
    # told in May (second quarter): the third ahead with no past verb, the fourth behind
    (date(2022, 5, 7), "Margins should narrow in the third quarter, the baker said.",
     "the third quarter", "2022-Q3"),
    (date(2022, 5, 7), "Margins narrowed in the third quarter, the baker said.",
     "the third quarter", "2021-Q3"),
    (date(2022, 5, 7), "Margins narrowed in the fourth quarter, the baker said.",
     "the fourth quarter", "2021-Q4"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), CASES)
def test_stale_quarter_is_this_years(dct: date, text: str, span: str, value: str) -> None:
    assert mention(text, span, dct).value == value

"""A holiday after a deadline preposition ("till xmas", "until christmas", "by halloween") in a
clause that is not past is the next one on or after the publication date, as a day of the
month after "until" is; in a past clause it stays the last one (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("only 41 weeks till xmas!!", "xmas", "2024-12-25"),
    ("saving every penny until christmas", "christmas", "2024-12-25"),
    ("The gallery stays shut until Christmas.", "Christmas", "2024-12-25"),
    ("we had the lights up until christmas", "christmas", "2023-12-25"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_holiday_deadline(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

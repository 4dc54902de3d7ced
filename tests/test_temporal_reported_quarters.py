"""A quarter not yet begun that a future clause reports results for ("will post a loss for the
fourth quarter", told in February) is last year's, a finished one; a forecast of the quarter
("expects a loss in the fourth quarter") still looks ahead (session 10, unseen newswire)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import mention

DCT = date(2022, 2, 9)

CASES = [
    ("Harlow Print said it expects to report a loss for the fourth quarter.", "2021-Q4"),
    ("The Dunmore chain will post a profit for the fourth quarter on Monday.", "2021-Q4"),
    ("Osric Mills will release results for the third quarter next week.", "2021-Q3"),
    # a forecast, not a report: ahead, as before
    ("Harlow Print expects a loss in the fourth quarter.", "2022-Q4"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_reported_quarter(text: str, value: str) -> None:
    span = "the third quarter" if "third" in text else "the fourth quarter"
    assert mention(text, span, DCT).value == value

"""The n-th or last day of a month counted from now ("the last day of the month", "the first
day of next month") or from the month under discussion ("the following month")
(DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    ("Bills are paid on the last day of the month.", "the last day of the month",
     "2022-05-31"),
    ("The levy starts on the first day of next month.", "the first day of next month",
     "2022-06-01"),
    ("The audit began on the 10th day of last month.", "the 10th day of last month",
     "2022-04-10"),
    ("last day of this month", "last day of this month", "2022-05-31"),
    ("The strike began in January. It ended on the final day of the following month.",
     "the final day of the following month", "2022-02-28"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_days_of_relative_months(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

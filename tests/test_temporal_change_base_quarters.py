"""A quarter not begun that a change ahead is measured from is the finished one (session 11,
newswire): "sales in the current quarter would fall 10 percent from the fourth quarter" told in
March compares with last year's fourth quarter, as a results report ahead does ("will post a
loss for the fourth quarter", ``test_temporal_reported_quarters.py``). Other future clauses
keep the coming quarter. Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from tagged_values import value_of

DCT = date(2024, 3, 13)  # a Wednesday, in the first quarter


@pytest.mark.parametrize("text, span, want", [
    ("Orders in the current quarter would fall 8 to 12 percent from the fourth quarter, the "
     "toolmaker said.", "the fourth quarter", "2023-Q4"),
    ("Bookings will rise about 5 percent from the third quarter.", "the third quarter",
     "2023-Q3"),
    ("Margins could improve from the fourth quarter, the bakery chain said.",
     "the fourth quarter", "2023-Q4"),
    # unchanged: a future clause with no change measured from the quarter
    ("The smelter will reopen in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    ("Deliveries will start from the third quarter.", "the third quarter", "2024-Q3"),
])
def test_change_base_quarters(text: str, span: str, want: str) -> None:
    assert value_of(text, span, DCT) == want

"""A number right after a sign of money is a price, never a count of a unit: "£4 night",
"a $10 day pass" hold no length (session 11); a count with no sign stays one."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2024, 1, 9)

UNTAGGED = [
    "it's £4 night at the Wrenfield Arms",
    "grab a $10 day pass at the gate",
    "the €3 day ticket covers every tram",
    "a £25 week pass for the Halden pool",
]

FOUND = [
    ("booked a 5 night stay in Corrow", [("5 night", "P5D")]),
    ("paid $3 for 2 days of parking", [("2 days", "P2D")]),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_price_is_no_length(text: str) -> None:
    assert found(text, TUE) == []


@pytest.mark.parametrize("text,expected", FOUND)
def test_count_without_a_sign(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected

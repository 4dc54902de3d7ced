"""Two post conventions fixed in session 10, round 2: "all" before a unit ("sledging all day",
"sunny all weekend") is an adverbial of extent, no TIMEX3, as "all day long" is; "next
weekend" is the weekend of the next ISO week (as "next week" is, and "this weekend" the
publication week's), on any weekday, even a Monday."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

UNTAGGED = [
    "snow day!! sledging all day on Corrie Hill then hot chocolate",
    "forecast says 24 degrees all weekend at Marlow Sands",
    "the launderette on Pell Street is open all night",
    "revising all week for the Harlow exam, send snacks",
]

NEXT_WEEKENDS = [
    (date(2023, 8, 7), "who's coming to the Tarn Valley fair next weekend??", "2023-W33-WE"),
    (date(2024, 3, 13), "camping at Orrin Bay next weekend, weather permitting", "2024-W12-WE"),
    (date(2023, 11, 10), "next weekend we paint the Dellway flat", "2023-W46-WE"),
    (date(2023, 8, 7), "this weekend the fair, next weekend the beach", "2023-W33-WE"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_all_before_a_unit_untagged(text: str) -> None:
    assert found(text, date(2024, 3, 13)) == []


@pytest.mark.parametrize("dct,text,value", NEXT_WEEKENDS)
def test_next_weekend(dct: date, text: str, value: str) -> None:
    assert [v for s, v in found(text, dct) if s == "next weekend"] == [value]

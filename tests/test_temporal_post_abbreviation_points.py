"""A weekday abbreviation keeps its point in the span where the point ends no sentence (another
mark or a lower-case word after it: "picture day is Thurs.!"), as "Jan." keeps its own; a
sentence's full stop stays out ("on Thurs. See you") (session 11, round 3; Monday 11 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 3, 11)

CASES = [
    ("Reminder: book swap is Thurs.! Bring two each", [("Thurs.", "2024-03-14")]),
    ("parents' evening moved to Tues., sorry all", [("Tues.", "2024-03-12")]),
    ("Quiz night is on Thurs. See you there", [("Thurs", "2024-03-14")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_abbreviation_point(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text, MON) == want

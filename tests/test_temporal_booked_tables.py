"""A booking's day: "book a table for Friday", "book a room for the party on Saturday", "book
a table for lunch friday" (an arranging verb, a thing booked or an event before "for", in the
imperative too) put the event on the first such day after the publication date; "had booked"
keeps the past (session 13; Wednesday 2 October 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 10, 2)

CASES = [
    ("book a table for lunch saturday", "saturday", "2024-10-05"),
    ("please book a table for Friday.", "Friday", "2024-10-04"),
    ("can u book a room for monday x", "monday", "2024-10-07"),
    ("we had booked a table for Monday but the cafe shut", "Monday", "2024-09-30"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_booked_tables(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

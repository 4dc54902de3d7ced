"""", then" before a verb, or "and" before a subject pronoun, opens the next of two clauses: its
verb does not govern the times before it ("Boxing Day till 2pm, then closed till the 29th": 2pm
is on Boxing Day, not moved by "closed"; "coach to Arlsey in 3 hours and I haven't packed": a
date ahead, not a length; session 12; Monday 23 December 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 12, 23)

CASES = [
    ("Open as usual today, Boxing Day till 2pm, then closed till the 29th 🎄",
     ("2pm", "2024-12-26T14:00")),
    ("christmas eve till 4pm, then shut for a week", ("4pm", "2024-12-24T16:00")),
    ("coach to Arlsey in 3 hours and I haven't packed 😬", ("3 hours", "2024-12-23")),
    ("viva in 4 days and i havent started the slides", ("4 days", "2024-12-27")),
    ("The kiln was relit on Friday and they have fired two batches", ("Friday", "2024-12-20")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_then_clause(text: str, expected: tuple) -> None:
    assert expected in found(text, MON), found(text, MON)

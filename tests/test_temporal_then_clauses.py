"""", then" before a verb opens the next of two clauses: its verb does not govern the times
before it ("Boxing Day till 2pm, then closed till the 29th": 2pm is on Boxing Day, not moved
by "closed"; session 12; Monday 23 December 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 12, 23)

CASES = [
    ("Open as usual today, Boxing Day till 2pm, then closed till the 29th 🎄",
     ("2pm", "2024-12-26T14:00")),
    ("christmas eve till 4pm, then shut for a week", ("4pm", "2024-12-24T16:00")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_then_clause(text: str, expected: tuple) -> None:
    assert expected in found(text, MON), found(text, MON)

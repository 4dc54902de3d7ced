"""A day longed for ("wednesday can't come fast enough", "Saturday can't get here quick
enough") is the coming one: the writer waits for it, as after "roll on" (session 12, round 2)
(Mon 11 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 3, 11)

AHEAD = [
    ("short week at the depot 🙌 wednesday can't come fast enough", "wednesday", "2024-03-13"),
    ("friday cannot come soon enough 😩", "friday", "2024-03-15"),
    ("Saturday can't get here quick enough, Pellow derby!!", "Saturday", "2024-03-16"),
    ("thursday cant come fast enough", "thursday", "2024-03-14"),
]

BEHIND = [
    ("saturday came and went, no word from the Brannock office", "saturday", "2024-03-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), AHEAD + BEHIND)
def test_longed_for_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, MON)

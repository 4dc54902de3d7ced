"""A reminder's or a call back's "in <count> <unit>" ("remind me in 15 mins to ...", "text me
in 3 days to ...") is a point ahead, a day as "in two hours" is, even before a to-infinitive;
a count before "to" after anything else stays a length (session 13; Wednesday 5 February
2025)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2025, 2, 5)

CASES = [
    ("remind me in 15 mins to feed the cat", "15 mins", "DATE", "2025-02-05"),
    ("ping me in 3 hours to check the dough", "3 hours", "DATE", "2025-02-05"),
    ("text us in 4 days to confirm the van", "4 days", "DATE", "2025-02-09"),
    ("she swam the lake in 40 minutes to win the cup", "40 minutes", "DURATION", "PT40M"),
]


@pytest.mark.parametrize("text,span,kind,value", CASES)
def test_reminder_offsets(text: str, span: str, kind: str, value: str) -> None:
    assert [(t, v) for s, t, v in found(text, WED, "text", "type", "value") if s == span] \
        == [(kind, value)]

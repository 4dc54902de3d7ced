"""St Patrick's Day by the nicknames posts give it ("st paddys day", "Paddy's Day", "st pattys
day"), in lower case as the calendar's own name is, is that holiday (session 12, round 2)
(Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

NICKNAMES = [
    ("st paddys day tmrw and i have no green", "st paddys day"),
    ("happy st paddy's day from the whole Corrin crew", "st paddy's day"),
    ("St Paddy's Day parade through Dunmere later", "St Paddy's Day"),
    ("paddys day in the pub with the lads", "paddys day"),
    ("St. Patty's Day 🍀", "St. Patty's Day"),
    ("st pattys day and im working a double", "st pattys day"),
]


@pytest.mark.parametrize(("text", "span"), NICKNAMES)
def test_paddys_day_nicknames(text: str, span: str) -> None:
    assert (span, "2024-03-17") in found(text, WED)

"""A post's bare hour with a North American zone code after "at" or "@" ("LIVE at 8 EST", "@ 9
ET") is a stream's or a broadcast's clock time, as "9/8c" is: seven to eleven p.m., one to six
p.m. as news hours; a zone in lower case or no "at" leaves it alone (session 12; Wednesday 13
March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("going LIVE at 9 EST, bring snacks 🍿", "9 EST", "2024-03-13T21:00"),
    ("ranked grind @ 7 PT lads", "7 PT", "2024-03-13T19:00"),
    ("podcast drops at 4 ET", "4 ET", "2024-03-13T16:00"),
    ("q&a with the devs from 10 CST", "10 CST", "2024-03-13T22:00"),
    ("watch party at 12 EDT", "12 EDT", "2024-03-13T12:00"),
]

UNTAGGED = [
    "we meet at 8 est",  # no zone in lower case
    "level 8 EST badge unlocked",
    "won 3 PT matches in a row",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_zone_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_no_zone_hour(text: str) -> None:
    assert found(text, WED) == []

"""An evening clock range whose end has its a.m. ("tonight 9pm-5am", "10pm till 4am") runs
past midnight: the end falls on the day after the start's; a daytime range, an end before a
p.m. start and an end with a day of its own are left as they were (session 12; Wednesday 13
March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("Harbour Road closed tonight 10pm-6am for resurfacing.",
     [("tonight 10pm", "2024-03-13T22:00"), ("6am", "2024-03-14T06:00")]),
    ("night market 8pm till 1am 🏮",
     [("8pm", "2024-03-13T20:00"), ("1am", "2024-03-14T01:00")]),
    ("the 11pm-2am slot is mine", [("11pm", "2024-03-13T23:00"), ("2am", "2024-03-14T02:00")]),
    ("open 9am-5pm", [("9am", "2024-03-13T09:00"), ("5pm", "2024-03-13T17:00")]),
    ("bar open 11pm to 2 a.m. friday",
     # the end keeps its own day; the start, bare, is the evening before it (session 16:
     # it had stayed on the publication day, a range of 27 hours)
     [("11pm", "2024-03-14T23:00"), ("2 a.m. friday", "2024-03-15T02:00")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_range_past_midnight(text: str, expected: list) -> None:
    assert found(text, WED) == expected

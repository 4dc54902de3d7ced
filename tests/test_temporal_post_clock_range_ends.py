"""The end of a clock range whose start has its am/pm (session 11): "sat 10am till 4" ends at
16:00 on that Saturday, the first such hour after the start, on the start's day; "9am-11" ends
at 11:00 and "7pm till 11" at 23:00. A range past midnight ("8pm till 2") leaves its end
untagged, and a number that counts something after the range word ("9am to 5 days a week")
is no end. A weekday before a range whose end has the am/pm ("sat 2-4pm") sets the day of
both ends. Sentences written for this project (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("craft fair in Pellan is on sat 10am till 4 🧶 free entry",
     [("sat 10am", "2024-03-16T10:00"), ("4", "2024-03-16T16:00")]),
    ("open day at Tolley school sat 2-4pm 🏫",
     [("sat 2", "2024-03-16T14:00"), ("4pm", "2024-03-16T16:00")]),
    ("repair cafe at the Marl hub 9am-11, bring your toasters",
     [("9am", "2024-03-13T09:00"), ("11", "2024-03-13T11:00")]),
    ("happy hour 5pm till 7 at the Gull!",
     [("5pm", "2024-03-13T17:00"), ("7", "2024-03-13T19:00")]),
    ("bar open 7pm until 11 x", [("7pm", "2024-03-13T19:00"), ("11", "2024-03-13T23:00")]),
    ("the Gull band's on 9pm till 10:30 🎺",
     [("9pm", "2024-03-13T21:00"), ("10:30", "2024-03-13T22:30")]),
    ("library open 8.30am to 12 today",
     [("8.30am", "2024-03-13T08:30"), ("12 today", "2024-03-13T12:00")]),
]

ALONE = [
    ("silent disco 8pm till 2 lol", [("8pm", "2024-03-13T20:00")]),
    ("open 9am to 5 days a week",
     [("9am", "2024-03-13T09:00"), ("5 days a week", "P1W")]),
    ("doors 6pm to 8 euros on the door", [("6pm", "2024-03-13T18:00")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_range_end_takes_the_start_s_day_and_half(text: str, expected: list) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize("text,expected", ALONE)
def test_no_end_past_midnight_or_before_a_count(text: str, expected: list) -> None:
    assert found(text, WED) == expected

"""A weekday written as posts write it (lower case, or all capitals in an announcement) with
the clock time it joins, in a clause with no verb at all, is a timetable's day: ahead, the
first such day on or after the publication date ("market on the quay sat 10am", "TICKETS ON
SALE FRIDAY 10AM"); a lower-case "sat" right before a clock time with its am/pm is the
weekday (not after a pronoun: "we sat 10am till noon"), and no past verb for the times
around it; an emoji ends a post's clause as a mark does, so a participle after it ("mulled
wine") tells nothing of the day. A past verb still sends the day back (session 11).
Sentences written for this project (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

AHEAD = [
    ("seed swap on the quay sat 10am 🌱 bring spare tomatoes, roasted nuts on sale",
     "sat 10am", "2024-03-16T10:00"),
    ("TICKETS ON SALE FRIDAY 10AM 🎫 the Marl Sessions, tolley hall", "FRIDAY 10AM",
     "2024-03-15T10:00"),
    ("jumble sale at st brennan's sun 2pm 🧸 cakes, books, toys", "sun 2pm",
     "2024-03-17T14:00"),
    ("open rehearsal monday 7pm 🎻 all welcome, seats limited", "monday 7pm",
     "2024-03-18T19:00"),
]

BACK = [
    ("the quay market was heaving sat 10am 😅", "sat 10am", "2024-03-09T10:00"),
    ("The ferry sailed Friday 10am from Pellan.", "Friday 10am", "2024-03-08T10:00"),
]

UNTAGGED_DAY = [
    ("we sat 10am till noon in the waiting room", [("10am", "2024-03-13T10:00"),
                                                   ("noon", "2024-03-13T12:00")]),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_timed_post_weekday_looks_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text,span,value", BACK)
def test_a_past_verb_keeps_the_day_behind(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text,expected", UNTAGGED_DAY)
def test_sat_after_a_pronoun_is_the_verb(text: str, expected: list) -> None:
    assert found(text, WED) == expected

"""A post's lower-case weekday abbreviations in ranges (session 11): "mon-tue", "wed & thu",
"sat-sun" (both ends days, ahead in a notice, not opening hours); an emoji ends a post's
fragment; a notice's bare participle ("closed", "booked") and a past told in another fragment
("confirmed: no ferries tues") leave the day ahead (Thursday 7 October 2021). A lower-case
"wed" alone stays a verb ("they finally wed!")."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

THU = date(2021, 10, 7)

FOUND = [
    ("the Quayside bakery closed wed-thu, new ovens going in",
     [("wed", "2021-10-13"), ("thu", "2021-10-14")]),
    ("pool shut wed & thu for repairs", [("wed", "2021-10-13"), ("thu", "2021-10-14")]),
    ("no trams sat-sun 🚋 rail replacement from Brackley",
     [("sat", "2021-10-09"), ("sun", "2021-10-10")]),
    ("library closed fri-mon, sorry folks", [("fri", "2021-10-08"), ("mon", "2021-10-11")]),
    ("ferry strike tues 🙄 and again next week",
     [("tues", "2021-10-12"), ("next week", "2021-W41")]),
    ("booked tues off for the dentist in Corrow", [("tues", "2021-10-12")]),
    ("council confirmed it: no ferries tues ⛴️ walking it", [("tues", "2021-10-12")]),
]

UNTAGGED = [
    "they finally wed! so happy for them",
    "the couple wed.",
    "open mon-fri, 9 till 5",
    "Office hours Mon-Fri 9-5",
    "c'mon!",
]

PAST = [  # a past of the day's own fragment keeps it behind
    ("we were closed tues", [("tues", "2021-10-05")]),
    ("went to the gym monday, it was great", [("monday", "2021-10-04")]),
]


@pytest.mark.parametrize("text,expected", FOUND + PAST)
def test_post_weekday_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, THU) == expected


@pytest.mark.parametrize("text", UNTAGGED)
def test_not_a_weekday(text: str) -> None:
    assert found(text, THU) == []

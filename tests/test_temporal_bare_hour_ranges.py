"""Opening hours and shifts of bare hours, "from <hour> till/until <hour>": each hour is its
own clock time, the start read as news hours (7 to 11 a.m., noon, 1 to 6 p.m.), the end the
first such hour after it; "to" and an end that runs on into a unit or a count are no clock
range (session 16, blind posts tune half)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

# DCT: Saturday 7 May 2022
HITS = [
    ("The bakery on Rook Lane is open from 9 until 5.", [("9", "2022-05-07T09:00"),
                                                          ("5", "2022-05-07T17:00")]),
    ("on the tills from 8 till 6 and my feet are done 😩", [("8", "2022-05-07T08:00"),
                                                          ("6", "2022-05-07T18:00")]),
    ("Volunteers sorted parcels from 10 til 2, then went home.", [("10", "2022-05-07T10:00"),
                                                                  ("2", "2022-05-07T14:00")]),
    ("The hall stays open from 6 until 11 tonight.", [("6", "2022-05-07T18:00"),
                                                      ("11 tonight", "2022-05-07T23:00")]),
    ("Lunch service runs from 12 until 3.", [("12", "2022-05-07T12:00"),
                                             ("3", "2022-05-07T15:00")]),
    ("Roadworks on the bypass from 7 until 12 - expect delays",
     [("7", "2022-05-07T07:00"), ("12", "2022-05-07T12:00")]),
]
MISSES = [
    "Membership fell from 9 to 5 over the winter.",
    "The squad was cut from 8 until 6 players remained.",
    "Prices went from 3 until 4 percent.",
    "Their lead grew from 2 until 3 goals clear.",
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_a_bare_hour_range_is_two_clock_times(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", MISSES)
def test_no_clock_range_without_till_or_with_a_unit(text: str) -> None:
    assert [(t, v) for t, v in found(text) if "T" in v] == []

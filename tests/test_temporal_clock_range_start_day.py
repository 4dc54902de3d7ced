"""A bare clock time that starts a range takes the day the range's end names ("from 10am until
4pm on Sunday": 10:00 that Sunday, not on the day under discussion before it); the day before
when the start's hour is later than the end's; a start with a day of its own, or two clock
times not joined as a range, keep theirs (session 16)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

# DCT: Saturday 7 May 2022
CASES = [
    ("The craft fair on Mill Green runs from 10am until 4pm on Sunday.",
     [("10am", "2022-05-08T10:00"), ("4pm on Sunday", "2022-05-08T16:00")]),
    ("The ring road was shut 9am-5pm Monday.",
     [("9am", "2022-05-02T09:00"), ("5pm Monday", "2022-05-02T17:00")]),
    ("Polls in Carrow were open from 7am to 10pm on Thursday.",
     [("7am", "2022-05-05T07:00"), ("10pm on Thursday", "2022-05-05T22:00")]),
    ("The warehouse party goes on from 10pm until 4am on Sunday.",
     [("10pm", "2022-05-07T22:00"), ("4am on Sunday", "2022-05-08T04:00")]),
    # not a range, or a start with its own day: as before
    ("Ada left at 10am; the depot shut at 4pm on Friday.",
     [("10am", "2022-05-07T10:00"), ("4pm on Friday", "2022-05-06T16:00")]),
    ("The stall opens at 8am, and the band plays 9pm on Friday.",
     [("8am", "2022-05-07T08:00"), ("9pm on Friday", "2022-05-13T21:00")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_range_start_takes_its_ends_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected

"""Clock ranges whose end carries the am/pm ("7-8pm", "6.30-10.00 pm", "from 7 to 9pm"): the
start is a clock time too, in the end's half of the day unless the range crosses noon
("11-1pm", "10-12pm"); tokenised minutes ("10 .00 pm") stay one time (session 9, real-news
audit of Timeline17 tune stories). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)



@pytest.mark.parametrize(("text", "expected"), [
    ("Marl FM has folk music at 7-8pm.", [("7", "2024-03-13T19:00"), ("8pm", "2024-03-13T20:00")]),
    ("Tolley Live runs 6.30-10.00 pm.",
     [("6.30", "2024-03-13T18:30"), ("10.00 pm", "2024-03-13T22:00")]),
    ("Tolley Live runs 6.30-10 .00 pm .",
     [("6.30", "2024-03-13T18:30"), ("10 .00 pm", "2024-03-13T22:00")]),
    ("The Carrow stall is open from 7 to 9pm.",
     [("7", "2024-03-13T19:00"), ("9pm", "2024-03-13T21:00")]),
    ("The Branwick cafe is open 11-1pm.",
     [("11", "2024-03-13T11:00"), ("1pm", "2024-03-13T13:00")]),
    ("The Dunmore library is open 10-12pm.",
     [("10", "2024-03-13T10:00"), ("12pm", "2024-03-13T12:00")]),
    ("Lunch in Pellan is 12 to 2pm.", [("12", "2024-03-13T12:00"), ("2pm", "2024-03-13T14:00")]),
])
def test_clock_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected


@pytest.mark.parametrize("text", [
    "Orrin won 3-4 at home.",
    "Rents in Marl rose from 7 to 9 percent.",
    "The Tolley children are aged 7 to 9.",
])
def test_ranges_of_other_things(text: str) -> None:
    assert found(text, DCT) == []

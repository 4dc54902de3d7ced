"""Present verbs of a schedule that send a weekday ahead only in a narrow frame: "runs" before a
span's preposition, "passes" after a deadline, a release verb before a post's lower-case day;
their past forms and a headline's present stay back (publication date Saturday 15 October
2022)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

SAT = date(2022, 10, 15)

CASES = [
    ("The craft fair runs from Thursday through Sunday.", "Thursday", "2022-10-20"),
    ("The pop-up cinema runs until Wednesday.", "Wednesday", "2022-10-19"),
    ("The entry deadline passes at 23:59 GMT on Tuesday.", "23:59 GMT on Tuesday",
     "2022-10-18T23:59Z"),
    ("new mixtape drops friday", "friday", "2022-10-21"),
    # past forms and a headline's present stay back
    # the range ends on or before the publication date
    ("The craft fair ran from Thursday through Sunday.", "Thursday", "2022-10-06"),
    ("The entry deadline passed at midnight on Tuesday.", "midnight on Tuesday",
     "2022-10-11T24:00"),
    ("Harbour index drops Friday as fuel costs climb", "Friday", "2022-10-14"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_schedule_present_in_its_frame(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=SAT)
    assert m.value == value, m.explanation

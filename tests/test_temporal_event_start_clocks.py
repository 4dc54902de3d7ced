"""An unpadded "H:MM" of one to six after the word of a match's or a show's start (KO,
kick-off, puck drop, tip-off, first pitch, gates or doors open) is p.m., as after "Friday at":
nothing starts at 2:45 in the night; a padded hour or one with am/pm is read as written
(session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("Cup tie v Brankley Rovers. Gates open 1:45, KO 3pm", "1:45", "2024-03-13T13:45"),
    ("FIRST PITCH 4:05 ⚾", "4:05", "2024-03-13T16:05"),
    ("tip-off at 5:30, doors open 4:30", "5:30", "2024-03-13T17:30"),
    ("tip-off at 5:30, doors open 4:30", "4:30", "2024-03-13T16:30"),
    ("puck drop 2:15 at the Ferngate rink", "2:15", "2024-03-13T14:15"),
    ("Doors open 06:30 for the sunrise swim", "06:30", "2024-03-13T06:30"),
    ("kick-off 4:00 am UK for the final", "4:00 am", "2024-03-13T04:00"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_event_start(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)

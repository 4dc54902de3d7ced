"""A post's bare hour (no am/pm, no part of day) takes the half of the day its own words give
it: an evening out or a night in ("drinks @ 8", "footy at 7:30", "the headliner's on at 9:45")
makes five to ten p.m. (eleven too with a word of the night: bed, pub, drinks...), a morning
routine ("gym at 6", "alarm set for 5:45") keeps five and six in the morning; with neither, or
both, the hour reads as before ("car boot opens 7ish"), and beside a time of the 24-hour clock
("08:30", "18:00") it is read as written (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("cocktails with the netball girls, drinks @ 8 who's in?", "8", "2024-03-13T20:00"),
    ("footy at 7:30 on the big screen at the Crooked Oar", "7:30", "2024-03-13T19:30"),
    ("the headliner is on at 9:45 apparently, bring earplugs", "9:45", "2024-03-13T21:45"),
    ("Quiz starts at 8, team name ideas pls", "8", "2024-03-13T20:00"),
    ("movie at 8:30? the new Pellow one", "8:30", "2024-03-13T20:30"),
    ("gig at the Velvet Kettle. doors open at 7", "7", "2024-03-13T19:00"),
    ("karaoke at the Lantern Rooms, kick off @ 11!", "11", "2024-03-13T23:00"),
    ("gym @ 6 then the office, same as ever", "6", "2024-03-13T06:00"),
    ("alarm set for 5:45 for the ferry to Ardrinnan", "5:45", "2024-03-13T05:45"),
    ("school run at 8:15 then a long walk with Biscuit", "8:15", "2024-03-13T08:15"),
    ("car boot opens 7ish, get there early", "7ish", "2024-03-13T07:00"),
    ("breakfast @ 8 then drinks at the marina", "8", "2024-03-13T08:00"),
    ("drinks at 08:30 in the departure lounge", "08:30", "2024-03-13T08:30"),
    ("drinks friday at 8? the Anchor again", "friday at 8", "2024-03-15T20:00"),
    ("18:00 choir practice, 10:00 concert rehearsal at St Ebba's", "10:00", "2024-03-13T10:00"),
    ("gym on sat at 6 with Tomasz, be there", "sat at 6", "2024-03-16T06:00"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_evening_hour(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

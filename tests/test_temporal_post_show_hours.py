"""A post's show listing gives bare hours without a preposition ("Doors 8", "curtain up 7",
"show" after a listing's comma) and an "H:MM" of seven or eight after a start's word ("Doors
7:30", "first pitch was 7:05"): a show's hours are the evening's unless the post's words say
morning; trick-or-treating is an evening's outing (session 13; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("Lantern Folk + guests at the Corn Exchange. Doors 7, music 8. £12", "7", "2024-03-13T19:00"),
    ("Ukulele open mic upstairs at the Grapes: doors 7, show 8 🎶", "8", "2024-03-13T20:00"),
    ("school panto this week!! curtain up 6, tickets from the office", "6", "2024-03-13T18:00"),
    ("Poetry slam at the Mill Theatre. Doors 8:15, £5 on the door", "8:15", "2024-03-13T20:15"),
    ("Harbour Hawks v Millbrook tonight, kick off 7:45 at the Dell", "7:45", "2024-03-13T19:45"),
    ("Top of the 3rd, 1-0 Comets. first pitch was 8:10", "8:10", "2024-03-13T20:10"),
    ("trick or treating round the close at 6:15 then back for tea", "6:15", "2024-03-13T18:15"),
    ("taking the twins trick-or-treating, home by 8", "8", "2024-03-13T20:00"),
]

KEPT = [
    # a nine after a start's word stays as written
    ("Gates open at 9:30 for the duck race", "9:30", "2024-03-13T09:30"),
    # the post's morning words keep the morning
    ("car boot sale on the green, doors 7:30 for breakfast butties", "7:30", "2024-03-13T07:30"),
    # a 24-hour clock around is read as written
    ("book fair in the atrium, doors 7:30, first talk 13:00", "7:30", "2024-03-13T07:30"),
]

UNTAGGED = [
    "doors 3 and 4 need new hinges",
    "show 9 of the series was the best",
    "Series 2, show 4: the finale",
]


@pytest.mark.parametrize("text,span,value", FOUND + KEPT)
def test_show_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_no_clock_time(text: str) -> None:
    assert not [m for m in found(text, WED) if m[0][0].isdigit()], found(text, WED)

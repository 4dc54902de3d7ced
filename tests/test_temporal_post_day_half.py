"""One place decides a post's bare hour's half of the day (``post_hours.day_half``): an evening's
word right before the hour ("dinner 8ish") decides alone, where the post's words elsewhere would
not (a morning word too, a 24-hour clock near, "tea" being no evening word elsewhere); its hour
runs five to ten, to eleven with a night's word, as the post's words do; a part of day after the
hour decides over it (invented posts, Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

import pytest

from summarize.temporal import tag_text
from summarize.temporal.candidate import Candidate
from summarize.temporal.post_hours import day_half

WED = date(2024, 3, 13)

READINGS = [
    # a morning word elsewhere: the cue right before the hour wins (kept as before)
    ("gym at 7 then dinner 8ish at Maro's", "8ish", "2024-03-13T20:00"),
    # ... without a cue the two halves cancel: read as written
    ("gym at 6:30 then footy at 8:30", "8:30", "2024-03-13T08:30"),
    # a 24-hour clock near: the cue still wins (kept as before)
    ("council vote 14:45, then drinks 9ish at the Corran Arms", "9ish", "2024-03-13T21:00"),
    # ... without a cue the 24-hour clock keeps a bare hour as written
    ("council vote 14:45, then drinks at 9:30", "9:30", "2024-03-13T09:30"),
    # "tea" is an evening's cue, though no evening word elsewhere in a post (kept as before)
    ("tea 6ish at nan's in Pellowick", "6ish", "2024-03-13T18:00"),
    # eleven after an evening's cue: an evening out runs late, 23:00 (as before the fold; the
    # fold's first version read "dinner 11ish" as 11:00, changed back at the end of session 11)
    ("drinks 11ish at the Corran Arms", "11ish", "2024-03-13T23:00"),
    ("dinner 11ish at Maro's", "11ish", "2024-03-13T23:00"),
    ("dinner 11ish then the pub on Vell Street", "11ish", "2024-03-13T23:00"),
    # a part of day after the hour decides (before: the cue made it 21:00)
    ("drinks 9ish tomorrow morning", "9ish tomorrow morning", "2024-03-14T09:00"),
    ("drinks 3ish tonight", "3ish tonight", "2024-03-13T15:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), READINGS)
def test_a_bare_hour_takes_the_half_one_place_decides(text: str, span: str, value: str) -> None:
    """The reading chosen for each case where the cue and the post's words used to differ."""
    assert (span, value) in [(text[m.start:m.end], m.value) for m in tag_text(text, WED)]


@pytest.mark.parametrize(("text", "half"), [
    ("gym at 7 then dinner 8ish", "night"),
    ("meeting 14:45, tea 8ish", "night"),
    ("drinks 8ish", "night"),
    ("alarm at 5, dinner 8ish, bed early", "night"),
])
def test_day_half_sets_the_half_for_an_evening_cue(text: str, half: str) -> None:
    """``day_half`` marks the hour after an evening's cue with the night's hours (5 to 11 p.m.),
    whatever else the post says."""
    at = text.index("8ish")
    cue = text[:at].split()[-1] + " "
    cand = Candidate(at, at + 4, "8ish", "clock_ish", "clock",
                     MappingProxyType({"cue": cue, "hourw": "8", "ish": "ish"}))
    assert day_half(text, cand, 0, len(text)).fields.get("half") == half

"""A post's bare hour after its clock time written with "am" in the small hours (midnight to
five) runs on into the night's a.m. when it lies up to five hours later ("home at 1am, asleep
by 3" = 03:00), not the afternoon a bare hour defaults to; with an evening's word in the post
only up to four; a clock time without "am" ("at 1:30") gives no such run (session 13, round
2; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Ferry docked 1am, taxi at 2, finally asleep at 4. Never again", "4",
     "2024-03-13T04:00"),
    ("Back from the Orrin gig at 1am and asleep by 3", "3", "2024-03-13T03:00"),
    ("Left the Tanner wedding at 2am, kebab at 3, bed at 5", "3", "2024-03-13T03:00"),
    # ... what stays as it was
    ("Up at 5am for the Marl fun run, lunch at 1", "1", "2024-03-13T13:00"),
    ("Pupils leave at 1:30 and I'll be at the allotment by 3", "3", "2024-03-13T15:00"),
    ("Landed 2am, dinner at 7", "7", "2024-03-13T19:00"),
])
def test_post_small_hours_run_on(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

"""An unpadded "H:MM:SS" (hours, minutes and seconds, one hour digit) with no preposition of
time before it and no am/pm after it is a finish time or a length ("finished the half in
1:58:40", "3:41:07 and my knees are done"), no clock time; a timestamp with its zero or two hour
digits, one after "at", or with am/pm stays a time (session 11, round 3; Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "Done! First full marathon, 3:41:07 and my knees are done",
    "finished the Corbridge half in 1:58:40, new pb",
    "official chip time 2:12:05 😅",
    "the audiobook runs 9:14:22, perfect for the drive",
]

FOUND = [
    ("the doors were forced at 2:04:51 according to the log", "2:04:51", "2024-03-13T02:04"),
    ("the server restarted at 06:15:30", "06:15:30", "2024-03-13T06:15"),
    ("the bell rang 14:02:10 sharp", "14:02:10", "2024-03-13T14:02"),
    ("the tremor was felt 4:31:02 a.m. local", "4:31:02 a.m.", "2024-03-13T04:31"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_finish_time_untagged(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,span,value", FOUND)
def test_timestamp_kept(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)

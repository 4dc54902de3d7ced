"""A post's bare clock time whose half of the day its words leave open runs on from the post's
last clock time of the afternoon or the evening: its p.m. when that lies from three hours
before that time to six after ("KO was 7:45pm, it's 8:35 now" = 20:35); a morning's word, an
earlier time in the morning or one too far from it keep the time as written (session 13;
Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("Half time, 1-1 at the Dell. KO was 7:45pm, it's 8:35 now", "8:35", "2024-03-13T20:35"),
    ("gates opened at 6:45pm and we're still queueing at 7:20 😩", "7:20", "2024-03-13T19:20"),
    ("Bonfire lit at 6pm on the common. still going strong at 9:40", "9:40",
     "2024-03-13T21:40"),
]

KEPT = [
    # a morning's word decides
    ("9pm and the twins are finally asleep. alarm set for 6:15", "6:15", "2024-03-13T06:15"),
    # the post's earlier time is a morning's
    ("on the 8am train, meeting at 9:30 in Leeds", "9:30", "2024-03-13T09:30"),
    # too far before the p.m. time to run on from it
    ("dentist at 1pm, then I dropped the van off at 8:30", "8:30", "2024-03-13T08:30"),
]


@pytest.mark.parametrize("text,span,value", FOUND + KEPT)
def test_later_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)

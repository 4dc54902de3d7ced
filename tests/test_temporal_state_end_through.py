"""A state's end in a post: a present, or no verb group, before "through"/"thru" and a bare
weekday is ahead ("flood watch in effect ... through Friday", "roads closed thru Friday"), as
before "until"; a past verb before the end ("the heat lasted through Wednesday", "the strike
dragged on until Friday") tells of a state over, its end behind, in news too (session 12;
"through" ahead in news cost Timeline17's check half; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

#: Text long enough to be no post: a news story's paragraph around the sentence.
NEWS = ("Forecasters in Varrow said on Tuesday that the dry spell would break only slowly, "
        "and farmers in the upper valley have been told to expect a poor first cut of hay. "
        "{} The water board has asked households to keep hosepipes in the shed.")

CASES = [
    ("Flood watch in effect for the Tarrow valley through Friday. Move cars off Mill Lane",
     "Friday", "2024-03-15"),
    ("Harrow Road closed thru Friday for resurfacing", "Friday", "2024-03-15"),
    (NEWS.format("The heat lasted through Monday."), "Monday", "2024-03-11"),
    ("The heat lasted through Monday.", "Monday", "2024-03-11"),
    ("The strike dragged on until Tuesday, when talks resumed.", "Tuesday", "2024-03-12"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_state_end_through(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

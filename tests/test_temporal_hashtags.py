"""Session 18 (posts): a hashtag is a label, never a time, even when it names a holiday, a
weekday or a year ("#Thanksgiving", "#monday", "#2019"), as the convention table's hashtags row
says; the same words outside a hashtag stay times. Every post is invented for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2019, 11, 28)  # Thanksgiving Day in the US, a Thursday


@pytest.mark.parametrize(("text", "want"), [
    ("so grateful for this crew #Thanksgiving", []),
    ("pumpkin carving with the twins #Halloween", []),
    ("ugh #monday", []),
    ("#Friday feeling at the Brackley depot", []),
    ("#2019 was a ride", []),
    ("best #NYE party in Dunmore", []),
    ("carving the turkey #Thanksgiving at 4pm", [("4pm", "2019-11-28T16:00")]),
    # not hashtags: the times stay
    ("so grateful for this crew this Thanksgiving", [("this Thanksgiving", "2019-11-28")]),
    ("back at the Brackley depot on monday", [("monday", "2019-11-25")]),
    ("2019 was a ride", [("2019", "2019")]),
])
def test_a_hashtag_is_no_time(text: str, want: list) -> None:
    assert found(text, DCT) == want

"""A post's short verbless note of a bare weekday is a plan's day ahead, unless the post looks
back on it: a throwback's tag in its sentence ("#tbt sunday") or an appraised outing right
before "on" and the day ("lovely walk on sunday") keep the past default; a plan's note without
them stays ahead (session 15, round 3; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)
NEXT_FRI, NEXT_SUN = "2024-03-15", "2024-03-17"
LAST_FRI, LAST_SAT, LAST_SUN = "2024-03-08", "2024-03-09", "2024-03-10"

CASES = [
    ("lovely walk on sunday", "sunday", LAST_SUN),
    ("#tbt sunday", "sunday", LAST_SUN),
    ("what a gig on saturday", "saturday", LAST_SAT),
    ("gorgeous swim on friday 🌊", "friday", LAST_FRI),
    ("throwback to sunday 😂", "sunday", LAST_SUN),
    # ... and stays ahead without them
    ("quiz on friday!! who's in", "friday", NEXT_FRI),
    ("walk on sunday?", "sunday", NEXT_SUN),
    ("lovely to see you on sunday", "sunday", NEXT_SUN),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_post_looked_back_days(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

"""A post's bare weekday in a TV listing, after a broadcast's noun ("season premiere sunday",
"series finale wednesday") or with a listing's hours in it or right after it ("Sunday 10/9c"),
is the first such day on or after the publication date: a listing announces what is coming
(session 12, round 2). A past verb keeps its past (Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

AHEAD = [
    ("season premiere sunday 9/8c and i'm not ready #Saltmarsh", "sunday 9/8c",
     "2024-03-17T21:00"),
    ("series finale wednesday and im not emotionally prepared", "wednesday", "2024-03-13"),
    ("Kestrel Bay returns Sunday 10/9c", "Sunday 10/9c", "2024-03-17T22:00"),
    ("new episode friday!! 📺", "friday", "2024-03-15"),
]

BEHIND = [
    ("the finale aired sunday and i cried", "sunday", "2024-03-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), AHEAD + BEHIND)
def test_tv_listing_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

"""A post's approximate hour right after a day ("back weds 7ish", "tmrw 8ish") joins it, one
TIME on that day with APPROX, its half of the day from the post's words as a bare hour's; and
"noonish" is noon, approximately, as "noon-ish" (session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("no gig tonight, throat is wrecked. back fri 8ish 🎸", "fri 8ish", "2024-03-15T20:00"),
    ("pub quiz thursday 9ish?", "thursday 9ish", "2024-03-14T21:00"),
    ("tmrw 7ish for drinks at the quay", "tmrw 7ish", "2024-03-14T19:00"),
    ("school run then the dentist, home noonish", "noonish", "2024-03-13T12:00"),
    ("lunch at the kiosk noonish?", "noonish", "2024-03-13T12:00"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_approximate_hour_on_a_day(text: str, span: str, value: str) -> None:
    got = found(text, WED, "text", "value", "mod")
    assert (span, value, "APPROX") in got, got


@pytest.mark.parametrize("text", ["size 12ish jeans for sale", "she's 9ish lol"])
def test_counts_stay_untagged(text: str) -> None:
    assert found(text, WED) == []

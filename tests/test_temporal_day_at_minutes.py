"""An "H:MM" of one to six after "<weekday> at" (or "tomorrow at", "tmrw at") with no a.m./p.m.
is read as the bare hour there is: one to six p.m. ("Friday at 4:30" = 16:30, as "Friday at 4"
= 16:00), in posts and in news; a leading zero, a part of day or a post's morning keep the
morning. Sentences written for this project (session 10, round 3)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

CASES = [
    ("see u friday at 4:30 by the Marlow skatepark", "friday at 4:30", "2024-03-15T16:30"),
    ("The Tarn council vote is set for Friday at 2:15, officials said.", "Friday at 2:15",
     "2024-03-15T14:15"),
    ("cake sale tomorrow at 3:30 in the Elmsworth hall", "tomorrow at 3:30", "2024-03-14T15:30"),
    ("Friday at 04:30 the Quarry Bay ferry leaves", "Friday at 04:30", "2024-03-15T04:30"),
    ("gym tmrw at 5:45 then the office", "tmrw at 5:45", "2024-03-14T05:45"),
    ("mon at 10:30 dentist", "mon at 10:30", "2024-03-18T10:30"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_minutes_after_a_day_and_at(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value

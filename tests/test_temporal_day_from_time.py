"""A clock time after a day and "from" starts a range: the day and the time are two mentions
("sunday" and "noon-ish", the time on that day), where "at" joins them into one ("Friday at
4pm"). Sentences written for this project (session 10, round 3)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

CASES = [
    ("bbq at the Ashgrove allotments sunday from noon-ish, bring snacks",
     ["sunday", "noon-ish"]),
    ("The Linford fete runs Saturday from 10 a.m. to 4 p.m.", ["Saturday", "10 a.m.", "4 p.m."]),
    ("Doors open at the Kilburn Lane hall on Friday from 7:30 p.m.", ["Friday", "7:30 p.m."]),
    ("quiz at the Tolley Arms friday at 8pm", ["friday at 8pm"]),
]


@pytest.mark.parametrize(("text", "spans"), CASES)
def test_from_keeps_the_day_and_the_time_apart(text: str, spans: list[str]) -> None:
    got = tag_text(text, DCT)
    assert [m.text for m in got] == spans
    day = got[0].value[:10]
    assert all(m.value.startswith(day) for m in got)  # the times fall on the day named

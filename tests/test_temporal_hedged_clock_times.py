"""A hedge before a clock time with a.m./p.m. ("about 2am", "around 9 p.m.") belongs to its
span, as "about three weeks" does for a length; the value is the clock time (session 7, whole
documents). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 6, 5)  # a Wednesday

CASES = [
    ("The lights went out at about 2am.", "about 2am", "2019-06-05T02:00"),
    ("The slide hit at about 4:50 a.m. local time.", "about 4:50 a.m. local time",
     "2019-06-05T04:50"),
    ("Shelling stopped around 11 p.m., residents said.", "around 11 p.m.", "2019-06-05T23:00"),
    ("The bus left at 7 a.m. with 40 pupils.", "7 a.m.", "2019-06-05T07:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_hedge_joins_the_clock_time(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value


def test_a_hedge_before_a_plain_number_is_no_time() -> None:
    assert [m.text for m in tag_text("Tickets cost about 2 pounds.", DCT)] == []

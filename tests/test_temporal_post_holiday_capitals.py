"""A post shouting a holiday in capitals ("HAPPY HALLOWEEN!!!", "MERRY XMAS") names the day,
as the same holiday in lower case does; only names safe in lower case are read so (session 11,
round 3). Publication dates vary by holiday."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

FOUND = [
    ("HAPPY HALLOWEEN!!! 🎃 pumpkin carving on the green from noon", date(2019, 10, 31),
     "HALLOWEEN", "2019-10-31"),
    ("MERRY CHRISTMAS from everyone at the Quillby bakery", date(2020, 12, 25),
     "CHRISTMAS", "2020-12-25"),
    ("HAPPY THANKSGIVING y'all, pie count so far: three", date(2021, 11, 25),
     "THANKSGIVING", "2021-11-25"),
    ("LAST ORDERS FOR BOXING DAY DELIVERIES CLOSE SOON", date(2018, 12, 20),
     "BOXING DAY", "2018-12-26"),
]

#: Capitals of a name that is also a word stay untagged, as it does in lower case.
UNTAGGED = [
    ("WE DID AN EASTER EGG HUNT IN THE YARD", date(2022, 4, 20)),
]


@pytest.mark.parametrize("text,dct,span,value", FOUND)
def test_holiday_in_capitals(text: str, dct: date, span: str, value: str) -> None:
    m = mention(text, span, dct=dct)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,dct", UNTAGGED)
def test_word_in_capitals_stays_untagged(text: str, dct: date) -> None:
    assert [m.text for m in tag_text(text, dct)] == []

"""A holiday before a noun naming a thing of the holiday ("the Christmas tree", "a Halloween
costume", "the Thanksgiving turkey") is no date: the holiday only says what kind of thing it is;
in a Title Case headline too ("Christmas Tree Arrives"); with a preposition before it ("At
Christmas lights go up") or a year or "last"/"next" it stays."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

THINGS = [
    "The Christmas tree in the foyer leans to the left.",
    "She knitted a Christmas jumper for her nephew.",
    "The shop sold out of Halloween costumes and fake cobwebs.",
    "Dad carved the Thanksgiving turkey badly.",
    "The Easter bunny left chocolate on the lawn.",
    "A Diwali lantern hung in every window of the street.",
    "Christmas crackers were pulled at the works party.",
    # Title Case headlines capitalise the thing too
    "Giant Christmas Tree Arrives From Norway",
    "Halloween Costume Sales Beat Forecasts",
    "Village Easter Egg Hunt Raises £800 For Hospice",
]

DATES = [
    ("At Christmas lights go up along the river.", "Christmas", "2024-12-25"),
    ("The lights were switched on for Christmas.", "Christmas", "2023-12-25"),
    ("Last Christmas tree sales were poor.", "Last Christmas", "2023-12-25"),
    ("The Christmas sales were strong.", "Christmas", "2023-12-25"),
    ("Shops Close Early For Christmas Eve", "Christmas Eve", "2023-12-24"),
]


@pytest.mark.parametrize("text", THINGS)
def test_holiday_before_a_thing_is_no_date(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), DATES)
def test_holiday_as_a_date_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

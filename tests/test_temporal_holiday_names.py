"""A holiday before a capitalised word that is no time word, with no date cue before it, is part
of the name of an event, a treaty or a thing ("the Easter Rising", "the Good Friday Agreement");
"at Easter Parliament rose", "Christmas Eve" and "the Easter Weekend" stay dates."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

NAMES = [
    "Historians debated the Easter Rising at the festival.",
    "The Good Friday Agreement shaped politics in the province.",
    "Veterans of the Yom Kippur War gathered at the memorial.",
    "The Christmas Truce is remembered in the village.",
    "The Thanksgiving Parade route was changed for the marathon.",
]

DATES = [
    ("At Easter Parliament was in recess.", "Easter", "2024-03-31"),
    ("Crowds gathered on Christmas Eve.", "Christmas Eve", "2023-12-24"),
    ("Traffic peaked over the Easter Weekend.", "the Easter Weekend", "2024-W13-WE"),
    ("The shops reopened after Christmas.", "Christmas", "2023-12-25"),
]


@pytest.mark.parametrize("text", NAMES)
def test_holidays_in_names(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), DATES)
def test_holidays_as_dates_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

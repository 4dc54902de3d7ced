"""A weekday after a determiner before a noun of a group that meets on it ("the Tuesday club",
"the Monday crew", "our Sunday team") names the group, no date, as "the Sunday school" does;
a weekday that is the time of the clause stays a date (session 7, whole documents: posts).
Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 20)  # a Friday

NAMES = [
    "Huge thanks to the Tuesday club for the cake.",
    "The Monday crew were brilliant again.",
    "Our Sunday team lost 3-1 in the rain.",
    "She sings in the Thursday choir at the chapel.",
]

DATES = [
    ("The team met on Tuesday.", "Tuesday", "2016-05-17"),
    ("On Tuesday club members voted to merge.", "Tuesday", "2016-05-17"),
    ("Monday crews started the repairs, he said.", "Monday", "2016-05-16"),
]


@pytest.mark.parametrize("text", NAMES)
def test_a_group_named_by_its_day_is_no_date(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), DATES)
def test_the_day_of_the_clause_stays(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value

""""in a <unit>" before a relative clause ("in a year when prices fell", "in a quarter that
produced a loss") picks out which unit, like "a year" in "the year when": no date ahead and no
length, so it is not tagged (and does not become the date under discussion)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

UNTAGGED = [
    "Taxes were high in a quarter that produced a big loss.",
    "The strike came in a year when grain prices fell.",
    "The ferry sank during a week in which three storms hit.",
    "The deal was done in a day that few will forget.",
]

TAGGED = [
    ("Talks resume in a week.", "a week", "2009-05-21"),
    ("He was jailed for a year that he spent reading.", "a year", "P1Y"),
    ("Profit rose in the third quarter. Taxes were high in a quarter that produced a loss. "
     "The quarter ended with a charge.", "The quarter", "2008-Q3"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_in_a_unit_before_a_relative_clause_is_no_time(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TAGGED)
def test_other_readings_stay(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

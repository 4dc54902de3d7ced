"""A headline drops the article: "after decade of debate", "amid week of protests" is one
unit's length, as "after a decade of debate" is; "of" after a word of sequence marks it, so a
unit that names a thing ("the Year of the Horse", "day of action") stays untagged
(session 10, round 3)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found, mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Orrin council backs ring road after decade of delays", "decade", "P10Y"),
    ("Kessel port reopens following month of repairs", "month", "P1M"),
    ("Pell Valley farmers rally amid week of storms", "week", "P1W"),
    ("Dunmore mill shuts after century of weaving", "century", "P100Y"),
    ("Marlow strikers return despite year of losses", "year", "P1Y"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_headline_unit_without_article(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


NOT_TAGGED = [
    "Kessel prepares after Year of the Horse parade",
    "Unions call day of action over Orrin pay",
    "Dunmore names after week one of the trial",
    "Orrin strikers return after day of action",
    "Kessel growers count the cost of year after year of drought",
]


@pytest.mark.parametrize("text", NOT_TAGGED)
def test_headline_unit_that_names_a_thing(text: str) -> None:
    assert found(text) == []

"""A count of a smaller unit in each larger one ("four days a week", "18 hours a day") is one
SET with the larger unit's period, the count in its span, as "twice a week" is; the smaller
unit must come first, and a Title Case "Days a Week" is a title (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

CASES = [
    ("Trawlers from Kelmouth may fish only four days a week under the new quota.",
     [("four days a week", "P1W")]),
    ("The bakery on Orrin Street is open six days a week.", [("six days a week", "P1W")]),
    ("Night nurses at the Varga clinic worked 14 hours a day during the outbreak.",
     [("14 hours a day", "P1D")]),
    ("The pumping station runs twenty-four hours a day.", [("twenty-four hours a day", "P1D")]),
    ("Teresa sells tickets at the lido three evenings a week.", [("three evenings a week", "P1W")]),
    ("Volunteers staff the hut two weekends a month.", [("two weekends a month", "P1M")]),
    # a title, and a larger unit first: no rate
    ("The Dunmore Quartet recorded Nine Days a Week in 1971.", [("1971", "1971")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_rates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_counted_rate_is_a_set() -> None:
    assert found("The ferry sails five days a week.", None, "text", "type") == [
        ("five days a week", "SET")]

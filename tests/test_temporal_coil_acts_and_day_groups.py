""""spring" that goes on to a coil's act ("the spring under the seat pinged") is a coil, and a
weekday before the noun of what a group does and the group's noun ("the Monday chess club") names
the group: no time in either (session 13); a season after a preposition of time and a weekday's
meeting stay (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NO_TIMES = [
    "the spring under the sofa cushion pinged loose",
    "The spring in his old stapler snapped again.",
    "The spring just popped out of the clothes peg.",
    "ask the Monday chess club secretary",
    "Our Tuesday running crew did ten miles.",
    "She joined the Friday knitting circle.",
]


@pytest.mark.parametrize("text", NO_TIMES)
def test_coils_and_groups_are_no_times(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT)] == []


TIMES = [
    ("Talks in the spring broke down over pay.", "the spring", "2022-SP"),
    ("The spring of 2019 broke rainfall records.", "The spring of 2019", "2019-SP"),
    ("The Monday board meeting was cancelled.", "Monday", "2022-05-02"),
    ("The chess club meets on Monday.", "Monday", "2022-05-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_seasons_and_meetings_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A post's weekday abbreviation, a comma, then a clock time or range ("Sat, 9am-3pm") are two
mentions, as the posts' keys tag them: the weekday, and the times on its day; a full weekday
("Saturday, 9am") or no comma ("Sat 9am") still joins one time (session 11, round 3; Wednesday
13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("Craft fair opens in the Dunholm church hall Sat, 9am-3pm 🧶",
     [("Sat", "2024-03-16"), ("9am", "2024-03-16T09:00"), ("3pm", "2024-03-16T15:00")]),
    ("the seed library reopens Sun, 11am, bring envelopes",
     [("Sun", "2024-03-17"), ("11am", "2024-03-17T11:00")]),
    ("Craft fair opens in the church hall Saturday, 9am",
     [("Saturday, 9am", "2024-03-16T09:00")]),
    ("Craft fair opens in the church hall Sat 9am", [("Sat 9am", "2024-03-16T09:00")]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_weekday_abbreviation_comma_times(text: str, want: list[tuple[str, str]]) -> None:
    assert found(text, WED) == want

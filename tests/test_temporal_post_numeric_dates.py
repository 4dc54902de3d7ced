"""A post's numeric date (session 11): a verb of release or of a scheduled start or end leads
into a slash date as "on" does ("results post 2/9"); the post's own signs pick its order (a
dollar or American spellings month first, a pound or British spellings day first; no sign or
both keep the setting, day first); a scheduled start or end before "the <day>th" with no
preposition names a day ("the new job starts the 15th"). Tuesday 9 January 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

from summarize.temporal.tagger import post_day_first

TUE = date(2024, 1, 9)

FOUND = [
    ("results post 2/9, fingers crossed ($30 retake fee)", [("2/9", "2024-02-09")]),
    ("my mom says the dorm opens 1/15", [("1/15", "2024-01-15")]),
    ("results post 2/9, fingers crossed (£30 retake fee)", [("2/9", "2023-09-02")]),
    ("new menu out 2/3, no idea what's on it", [("2/3", "2024-03-02")]),
    ("the new job starts the 15th, wish me luck", [("the 15th", "2024-01-15")]),
    ("the sale ends the 31st!", [("the 31st", "2024-01-31")]),
    ("i'm back the 14th, feed the cat pls", [("the 14th", "2024-01-14")]),
]

UNTAGGED = [
    "she starts the 3rd race in lane four",
    "i got 3/4 right",
    "we're on the 2nd floor",
]

SIGNS = [  # (text, setting, day first?)
    ("paid $12 for this", True, False),
    ("paid £12 for this", False, True),
    ("my mum paid $12 for this", True, True),  # both: the setting
    ("no signs at all", False, False),
    ("x" * 300 + " $12", True, True),  # longer than a post: the setting
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_post_numeric_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected


@pytest.mark.parametrize("text", UNTAGGED)
def test_no_date(text: str) -> None:
    assert found(text, TUE) == []


@pytest.mark.parametrize("text,setting,day_first", SIGNS)
def test_post_signs(text: str, setting: bool, day_first: bool) -> None:
    assert post_day_first(text, setting) is day_first

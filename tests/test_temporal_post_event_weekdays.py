"""A post's lower-case "wed", "sat" or "sun" right after the noun of an event (strike, bbq,
match, quiz...) and ending its phrase (a mark, an emoji, the end) is the weekday, as a verb
("wed", "sat") or the star ("sun") takes no such noun right before it; a verb after a noun
that is no event, and one going on, stay untagged (session 12; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("bus strike sat 🙄 so it's the bike", [("sat", "2024-03-16")]),
    ("allotment bbq sun!! bring a salad", [("sun", "2024-03-17")]),
    ("quiz wed, anyone in?", [("wed", "2024-03-13")]),
    ("the Harlow couple wed 😍", []),
    ("the whole party sat at the back", []),
    ("beach picnic sun and sand all day", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_post_event_weekdays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected

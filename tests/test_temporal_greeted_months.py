"""A lone capitalised month right after a thanking or greeting phrase ("thanks to", "happy
birthday", "congrats", "hey"), ending its phrase, is a person's name, no date; a month with a
possessive's noun or after a preposition of time stays a date (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "Huge thanks to May and the running crew at Brindle Park",
    "happy birthday June!! have the best day at Cobble Cove",
    "congrats April x the Farrow Bakery looks amazing",
    "shout out to August for the lift home",
    "hey June, fancy the Holloway quiz?",
]

TAGGED = [
    ("Sales at Dorrick rose thanks to May's heatwave.", "May", "2024-05"),
    ("hey, are you free in June?", "June", "2024-06"),
    ("Thanks to the rain in April, the reservoir at Kelby filled.", "April", "2024-04"),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_greeted_month_is_a_person(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,span,value", TAGGED)
def test_month_still_a_date(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

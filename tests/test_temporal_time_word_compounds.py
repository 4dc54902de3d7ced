"""A time word that modifies a noun naming a thing, a plant, a colour or a person ("the summer
house", "morning glory", "midnight blue", "Sunday school") is no time; before an event or a
stretch of time ("the winter storms", "the Friday deadline") or after a preposition ("in the
summer house prices rose") it stays one, and so does a weekday after a verb before such a noun
that goes on ("said Tuesday school buses would run")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

THINGS = [
    "The summer cottage by the lake needs a new roof.",
    "Pack the winter boots before the trip to Oslo.",
    "The autumn barley looks thin on the hill farms.",
    "The evening star was bright over the harbour.",
    "Her new hatchback is midnight black.",
    "The morning sickness made her miss two shifts.",
    "My brother taught Sunday school in Leeds.",
    "Grandad put on his Sunday best for the christening.",
    "He drives like a Sunday driver.",
    "The spring rolls were cold.",
    "Sam has always been the fall guy for his cousins.",
    "The afternoon tea at the hotel costs £40.",
]

TIMES = [
    ("The winter storms closed the mountain pass.", "The winter", "2024-WI"),
    ("In the summer house prices usually climb.", "the summer", "2024-SU"),
    ("The board met on the morning of the vote.", "the morning", "2024-03-13TMO"),
    ("The district said Tuesday school buses would run late.", "Tuesday", "2024-03-12"),
    ("Officials said Monday drivers should avoid the bridge.", "Monday", "2024-03-11"),
    ("Last summer house prices fell by 3 percent.", "Last summer", "2023-SU"),
    ("The spring meetings of the fund open in Washington.", "The spring", "2024-SP"),
    ("It happened at midnight, the neighbours said.", "midnight", "2024-03-13T24:00"),
]


@pytest.mark.parametrize("text", THINGS)
def test_time_word_before_a_thing_is_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_time_word_as_a_time_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

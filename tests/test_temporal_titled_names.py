"""A month, weekday or holiday right after a person's or a storm's title or a given name is a
name ("Aunt Sunday", "Mrs December", "Cyclone Easter", "Helen Sunday"); after a surname a weekday
stays a date, as news writes it ("Okafor Saturday vowed") (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "Aunt Sunday baked bread for the whole street.",
    "Mrs December runs the village shop.",
    "Cyclone Easter flattened banana crops.",
    "Typhoon Tuesday weakened over the hills.",
    "Dr Christmas examined the patient.",
    "Helen Sunday coaches the junior team.",
    "The spokeswoman, Fiona August, declined to comment.",
    "Omar Easter opened the new library.",
]


@pytest.mark.parametrize("text", NAMES)
def test_calendar_words_after_a_title_are_names(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("Okafor Saturday vowed to fight on.", "Saturday", "2022-05-07"),
    ("The storm hit the coast on Sunday.", "Sunday", "2022-05-01"),
    ("Mr Lee left on Tuesday.", "Tuesday", "2022-05-03"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_calendar_words_after_a_name_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A speed is a unit of measure, not a time: "an hour", "per hour", "a second" right after a unit
of distance ("95 miles an hour", "300 km per hour") are not tagged; a rate of anything else
("$18 an hour") stays a SET, and an offset after a distance ("a mile an hour ago") stays a date."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 11, 29)

SPEEDS = [
    "The coach was doing 95 miles an hour when it left the road.",
    "Gusts of 140 kilometres an hour flattened the barns.",
    "The new line runs trains at 320 km per hour.",
    "The glacier slips about two metres a minute in the thaw.",
    "The ball left his racket at 60 metres a second.",
    "A yacht making 12 nautical miles an hour overtook the ferry.",
]

TIMES = [
    ("Cleaners are paid $18 an hour.", "an hour", "PT1H"),
    ("The convoy had covered barely a mile an hour ago.", "an hour ago", "2021-11-29"),
    ("The march covered 20 miles a day.", "a day", "P1D"),
    ("Rescuers waited an hour for the winds to drop.", "an hour", "PT1H"),
]


@pytest.mark.parametrize("text", SPEEDS)
def test_speeds_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_rates_and_lengths_stay(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""Idioms built on time words name no time ("now and then", "back in the day", "call it a day",
"one day at a time", "a month of Sundays", "up to date"); the same words outside the idiom stay
times ("to date" alone is PRESENT_REF)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

IDIOMS = [
    "Our neighbours drop round for tea now and then.",
    "The old ferry still breaks down every now and again.",
    "Back in the day, the mill employed half the village.",
    "After the third puncture the riders called it a day.",
    "Recovery is slow, so she takes it one day at a time.",
    "You won't see that referee smile in a month of Sundays.",
]

TIMES = [
    ("The ferry sails now and returns at noon.", "now", "PRESENT_REF"),
    ("The riders rested for a day in the valley.", "a day", "P1D"),
    ("The lease runs for a month.", "a month", "P1M"),
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idiom_names_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_time_word_outside_an_idiom_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text", [
    "The register of members is up to date.",
    "Engineers brought the maps up to date.",
    "Keep your software up-to-date.",
])
def test_up_to_date_is_no_time(text: str) -> None:
    assert tag_text(text, DCT) == []


def test_to_date_alone_stays_a_time() -> None:
    assert [(m.text, m.value) for m in tag_text("Sales to date are weak.", DCT)] == [
        ("to date", "PRESENT_REF")]

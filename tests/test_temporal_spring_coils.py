""""the spring" before "in"/"of"/"inside" a device, a piece of furniture or "step" is a coil (or
the idiom "a spring in one's step"), no season; before a place, a year or an event it stays
the season."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 7, 14)

COILS = [
    "The spring in the mechanism snapped during the Tarrow trial.",
    "The spring of the old valve had rusted through.",
    "The spring inside the Halvorsen clock was replaced twice.",
    "The spring in her mattress squeaked all night.",
    "There was a new spring in his step after the Pellmar win.",
    "The spring on the trap door gave way.",
]

SEASONS = [
    ("The spring in Kelso was wet and cold.", "The spring", "2021-SP"),
    ("The talks resumed in the spring.", "the spring", "2021-SP"),
    ("In the spring of 2019 the Varrow dam opened.", "the spring of 2019", "2019-SP"),
    ("The spring of the uprising brought crowds to Ostrel.", "The spring", "2021-SP"),
]


@pytest.mark.parametrize("text", COILS)
def test_a_spring_in_a_device_is_no_season(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if "spring" in m.text.lower()] == []


@pytest.mark.parametrize(("text", "span", "value"), SEASONS)
def test_the_spring_elsewhere_stays_a_season(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

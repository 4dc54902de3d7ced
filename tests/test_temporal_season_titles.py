"""A capitalised season that is a possessive before a capitalised word ("The Winter's Tale") or
follows a capitalised word and "of" ("Days of Summer") is a title's word, not a season; "this
Winter's storms", "the end of summer" and "the Summer of 2021" stay seasons."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

TITLES = [
    "The Summer's Lease was adapted for radio.",
    "She sang Songs of Autumn at the recital.",
    "The choir rehearsed The Rite of Spring with the orchestra.",
    "The novel Children of Winter won a prize.",
]

SEASONS = [
    ("The council prepared for this Winter's storms.", "this Winter", "2024-WI"),
    ("Crops ripen by the end of summer.", "summer", "2024-SU"),
    ("The Summer of 2021 was the wettest on record.", "The Summer of 2021", "2021-SU"),
]


@pytest.mark.parametrize("text", TITLES)
def test_seasons_in_titles(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), SEASONS)
def test_seasons_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""Before a vague count ("over several weeks", "over a few days") "over" means during them:
a preposition, left out of the span; before a number it stays "more than" and inside ("over
five years") (session 7, whole documents). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2019, 6, 4)

CASES = [
    ("Dozens fell ill over several weeks.", "several weeks", "PXW"),
    ("The talks dragged on over a few days.", "a few days", "PXD"),
    ("Prices crept up over many months.", "many months", "PXM"),
    ("He served over five years in jail.", "over five years", "P5Y"),
    ("The pier has stood for over 30 years.", "over 30 years", "P30Y"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_over_before_a_vague_count_is_a_preposition(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value

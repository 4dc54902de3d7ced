"""A length before "to the day" is exact ("50 years to the day after the fire"): the
length is tagged, "the day after" inside the idiom names no day; without a length before it,
"to the day after" keeps its day (session 7, whole documents). Sentences written for this
project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(1999, 4, 26)

IDIOMS = [
    ("The mill reopened 50 years to the day after the fire.", ["50 years"]),
    ("It closed a decade to the day before the vote.", ["a decade"]),
    ("Ten years ago to the day, the dam broke.", ["Ten years ago"]),
]

DAYS = [
    ("The strike ran from Monday to the day after the vote.", "the day after"),
    ("She left the day after the vote.", "the day after"),
]


@pytest.mark.parametrize(("text", "spans"), IDIOMS)
def test_to_the_day_names_no_day(text: str, spans: list[str]) -> None:
    assert [m.text for m in tag_text(text, DCT)] == spans


@pytest.mark.parametrize(("text", "span"), DAYS)
def test_the_day_after_keeps_its_day(text: str, span: str) -> None:
    assert span in {m.text for m in tag_text(text, DCT)}

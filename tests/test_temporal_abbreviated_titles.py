"""A month, weekday or holiday right after a person's title written with a point, as newswire
writes them ("Mr. August", "Gov. March", "Sen. Monday", "Dr. Christmas"), is a name, as after the
same title without the point; a date after a titled surname ("Mr. Lee on Monday") stays."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(1998, 10, 4)

NAMES = [
    "Mr. August would not say how he voted.",
    "Gov. March signed the budget into law.",
    "Sen. Monday filed an amendment to the bill.",
    "Dr. Christmas saw forty patients at the clinic.",
    "Capt. May brought the tanker into port.",
    "Rep. April Holt chaired the hearing.",
]

DATES = [
    ("Officials met Mr. Lee on Monday.", "Monday", "1998-09-28"),
    ("Gov. Ruiz left for Geneva in August.", "August", "1998-08"),
    ("The talks broke down. August brought a new offer.", "August", "1998-08"),
]


@pytest.mark.parametrize("text", NAMES)
def test_titled_calendar_words_are_names(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), DATES)
def test_dates_after_titled_surnames_stay(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""A counted unit written with a capital in mixed-case prose is a word of a title ("Seven Years
in Tibet", "28 Days Later"), not a length; a unit in lower case, or in a headline whose words
are all capitalised, stays a time."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

TITLES = [
    "The choir performed Forty Days in the Desert to a full church.",
    "Her memoir Nine Months in Lagos sold well in translation.",
    "The thriller 48 Hours Later was shot in Leeds.",
    "He read Two Years Before the Mast on the voyage.",
    "The band's single Five Minutes Alone climbed the chart.",
]

TIMES = [
    ("Forty days of rain flooded the delta.", "Forty days", "P40D"),
    ("Three days later, the ferry sailed again.", "Three days later", "2024-03-16"),
    ("Ceasefire Holds After Three Days", "Three Days", "P3D"),
    ("The strike lasted nine months in all.", "nine months", "P9M"),
]


@pytest.mark.parametrize("text", TITLES)
def test_capitalised_counted_units_are_titles(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_lengths_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

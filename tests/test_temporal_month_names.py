"""Any month right before a capitalised word, with no date cue or determiner before it, is part
of a name or title ("January Kemp", "October Skies"); with a cue, a determiner, a day or a year
it stays the month (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "January Kemp chairs the planning board.",
    "October Skies is the band's third record.",
    "Readers loved December Hollow, her debut novel.",
    "November Kowalczyk took silver in the sprint.",
    "The choir sang September Psalm as an encore.",
]


@pytest.mark.parametrize("text", NAMES)
def test_months_before_a_capitalised_word_are_names(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


MONTHS = [
    ("In January Parliament passed the bill.", "January", "2022-01"),
    ("The October Budget raised fuel duty.", "October", "2021-10"),
    ("Since November Labour has led the polls.", "November", "2021-11"),
    ("Exports fell in October, the ministry said.", "October", "2021-10"),
    ("December 3 Ministers met in Geneva.", "December 3", "2021-12-03"),
]


@pytest.mark.parametrize("text,span,value", MONTHS)
def test_months_with_a_cue_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

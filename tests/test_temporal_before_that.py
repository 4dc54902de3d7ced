"""A count "before/after that" ("A week before that, talks had failed") is an offset from the
date under discussion, as "Two days before," is; it was a length (P1W)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)
STORY = "The plant closed on May 3, 2019. "

CASES = [
    (STORY + "A week before that, talks had failed.", "A week before", "2019-04-26"),
    (STORY + "Two years after that, the site was sold.", "Two years after", "2021-05-03"),
    (STORY + "Three days before, the bank had refused a loan.", "Three days before",
     "2019-04-30"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_count_before_that(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_for_a_length_before_that_stays_a_length() -> None:
    text = STORY + "The road had been shut for a decade before that."
    assert ("a decade", "P10Y") in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_before_that_deal_is_no_offset() -> None:
    text = STORY + "A week before that deal was signed, prices fell."
    assert ("A week before", "2019-04-26") not in [(m.text, m.value)
                                                  for m in tag_text(text, DCT)]

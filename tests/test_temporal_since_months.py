"""A month or a day and month after "since" has begun: never after the publication date, even
inside the two months ahead where a bare month takes the nearest ("since July" told in May is
last July; "in July" stays this July)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2009, 5, 14)

CASES = [
    ("Shares have fallen 40% since July.", "July", "2008-07"),
    ("Fares have doubled since June 20.", "June 20", "2008-06-20"),
    ("Shares have fallen 40% since March.", "March", "2009-03"),
    ("The index has gained since May.", "May", "2009-05"),
    ("Sales will rise in July.", "July", "2009-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_since_a_month_looks_back(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

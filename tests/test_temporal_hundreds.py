"""A year of whole hundreds with "s" ("the 1800s", "the early 1900s") is a century, as the
TIMEX3 guidelines write it (18, 19); it was the decade of its first ten years (180). "The
2000s" stays the decade (200), the reading news gives it."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CASES = [
    ("The mill dates from the 1800s.", "the 1800s", "18"),
    ("Emigration peaked in the early 1900s.", "the early 1900s", "19"),
    ("The harbour was dredged in the 1700s.", "the 1700s", "17"),
    ("House prices soared in the 2000s.", "the 2000s", "200"),
    ("The band formed in the 1980s.", "the 1980s", "198"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_whole_hundreds_are_a_century(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""A decade written with an apostrophe set off by a space, as tokenised feeds write it ("the '
90s", "the 1890 's"), is the decade, as "the '90s" and "the 1890's" are; it was missed (or the
year 1890)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2010, 3, 10)

CASES = [
    ("The model was popular in the ' 90s .", "the ' 90s", "199"),
    ("Rents doubled in the early ' 80s .", "the early ' 80s", "198"),
    ("The style was popular in the '90s.", "the '90s", "199"),
    ("The club was founded in the 1890 's .", "the 1890 's", "189"),
    ("The club was founded in the 1890's.", "the 1890's", "189"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_spaced_apostrophe_decade(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

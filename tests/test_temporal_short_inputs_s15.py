"""Short inputs and genre texts (session 15, round 1): posts' spellings of "tomorrow" as the
base of a compound ("day after tmrw", "a week from tmrw") count from tomorrow; DCT Wednesday
2024-03-13."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

TMRW_COMPOUNDS = [
    ("day after tmrw", "day after tmrw", "2024-03-15"),
    ("gig is the day after 2moro!!", "day after 2moro", "2024-03-15"),
    ("a week from tmrw", "a week from tmrw", "2024-03-21"),
    ("dentist two days from tmrw ugh", "two days from tmrw", "2024-03-16"),
    ("back a fortnight from 2moro x", "a fortnight from 2moro", "2024-03-28"),
]


@pytest.mark.parametrize(("text", "span", "value"), TMRW_COMPOUNDS)
def test_tomorrow_spellings_in_compounds(text: str, span: str, value: str) -> None:
    """The whole compound is one mention counted from tomorrow, not "tmrw" alone."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

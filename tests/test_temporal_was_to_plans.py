"""A plan told from the past with "was/were to <verb>" ("was to fly", "were to resume") looks
ahead as "is to" does: a bare weekday is the next such day (the publication day's own weekday is
that day); "was to have <participle>" tells of a plan that failed and stays back (session 13,
round 2, news). Invented sentences; published Thursday 16 July 1998."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(1998, 7, 16)  # a Thursday


@pytest.mark.parametrize("text, span, want", [
    ("A navy launch was to carry flour and tarpaulins to Pellow on Friday, tides permitting.",
     "Friday", "1998-07-17"),
    ("Talks between the Brannock millers were to resume Monday.", "Monday", "1998-07-20"),
    ("The governor was to tour the flooded Ashgrove wards on Thursday.", "Thursday",
     "1998-07-16"),
    # a failed plan and a plain past stay back
    ("The governor was to have toured the Ashgrove wards on Friday.", "Friday", "1998-07-10"),
    ("The governor toured the flooded Ashgrove wards on Friday.", "Friday", "1998-07-10"),
])
def test_was_to_plans(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

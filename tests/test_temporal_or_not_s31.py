"""Session 31: a unit phrase before a question's "or not" ending its phrase ("don't know if
there's a shift next week or not") is a time; before "or" and a word that goes on with another
time or a hedge ("this year or next", "or not at all") it stays untagged, as session 29 decided.
Every sentence is written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans, found

THU = date(1998, 3, 5)  # a Thursday

# (text, publication date, {span: (type, value) or None for "not found"})
CASES = [
    ("Nobody can say if the plant reopens next week or not.", THU,
     {"next week": ("DATE", "1998-W11")}),
    ("Drivers asked whether the toll rises this month or not, and got no answer.", THU,
     {"this month": ("DATE", "1998-03")}),
    ("we still dont know if the gig is next month or not!", THU,
     {"next month": ("DATE", "1998-04")}),
    # must stay: "or" going on with another time or a hedge
    ("The board will rule this year or next.", THU, {"this year": None}),
    ("The line may reopen next year or not at all.", THU, {"next year": None}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_or_not_s31(text: str, dct: date, expected: dict) -> None:
    assert_spans(found(text, dct), expected)

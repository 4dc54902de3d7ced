"""A month or a day and month after "since" has begun: never after the publication date, even
inside the two months ahead where a bare month takes the nearest ("since July" told in May is
last July; "in July" stays this July), and further away too, when a verb of the clause ("to
their lowest close") would send a bare month ahead (session 7, whole documents)."""

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
    # further than two months: "close" would make the clause look ahead, "since" does not
    ("Shares fell to their lowest close since November.", "November", "2008-11"),
    ("Rents hit their highest close since October.", "October", "2008-10"),
    ("The mill will stay shut since December's fire.", "December", "2008-12"),
    ("The ferry will sail again in November.", "November", "2009-11"),
    ("Exports fell sharply in November.", "November", "2008-11"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_since_a_month_looks_back(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

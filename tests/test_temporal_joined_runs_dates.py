"""A month-day date after "and" and a schedule's present ("runs through", "runs until") takes
that present's reading, not the past verb coordinated before it ("The season began June 1 and
runs through Nov. 30": ahead); a past "ran until" stays past (session 12, newswire; weekdays
in such notices are left to their own rows). Invented sentences, published 21 June 2000."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2000, 6, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("The storm season began June 1 and runs through Nov. 30.",
     [("June 1", "2000-06-01"), ("Nov. 30", "2000-11-30")]),
    ("The Corrow fair opened May 3 and runs until Sept. 9.",
     [("May 3", "2000-05-03"), ("Sept. 9", "2000-09-09")]),
    ("The dock strike began May 2 and ran until May 9.",
     [("May 2", "2000-05-02"), ("May 9", "2000-05-09")]),
])
def test_joined_runs_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

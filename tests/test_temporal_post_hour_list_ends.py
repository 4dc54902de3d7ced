"""A post's list of bare hours after "at" or "from" ends with "and" and its last hour ("tours
at 10, 11:30 and 2"): that hour is a clock time too, read on from the list as the others are;
an "and" between counts or scores with no "at" list before it stays no time (session 15,
round 3; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)
T = "2024-03-13T"

CASES = [
    ("dinner sittings at 6, 7:30 and 9. book ahead", ("9", T + "21:00")),
    ("pottery drop-ins today at 10, 11:30 and 1.", ("1", T + "13:00")),
    ("brunch slots from 9, 10 and 11!", ("11", T + "11:00")),
]

NOT_TIMES = [
    "row C seats 4 and 5 for the panto on sunday",
    "quiz at 8, rounds 1 and 2 then a break",
    "we drew 2 and 2 then went home",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_post_hour_list_ends(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text, WED)


@pytest.mark.parametrize("text", NOT_TIMES)
def test_post_and_counts_stay_no_times(text: str) -> None:
    assert not any(m[0] in ("2", "5") for m in found(text, WED))

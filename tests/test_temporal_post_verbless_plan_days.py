"""A post's verbless bare weekday that lists a plan or a fixture is the coming one: a vacancy
still offered for it, an event's noun after it ("for the parade") or before "on"/"for" and it
in its fragment; a past form in the sentence, an appraised outing ("lovely walk on sunday")
or a throwback's tag ("#tbt") keep it behind (session 15, round 3; Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)
NEXT_FRI, NEXT_SAT, NEXT_SUN, NEXT_MON = "2024-03-15", "2024-03-16", "2024-03-17", "2024-03-18"
LAST_FRI, LAST_SAT, LAST_SUN = "2024-03-08", "2024-03-09", "2024-03-10"

AHEAD = [
    ("kowalski in the semi on friday!!! first local in ages", "friday", NEXT_FRI),
    ("10k this morning, tempo runs on Saturday. Calves, be nice", "Saturday", NEXT_SAT),
    ("Tasting menu still open for Saturday! Tables at 7 and 9", "Saturday", NEXT_SAT),
    ("row C seats 4 and 5 for the panto on sunday", "sunday", NEXT_SUN),
    ("bank holiday today and another one monday for the parade", "monday", NEXT_MON),
    ("two pitches still available for sunday, message the club", "sunday", NEXT_SUN),
]

BEHIND = [
    ("lovely walk on sunday", "sunday", LAST_SUN),
    ("#tbt sunday", "sunday", LAST_SUN),
    ("what a gig on saturday", "saturday", LAST_SAT),
    ("sunday was great", "sunday", LAST_SUN),
    ("the semi on friday was brutal", "friday", LAST_FRI),
    ("Orla scored twice in the semi on Friday", "Friday", LAST_FRI),
]


@pytest.mark.parametrize("text,span,value", AHEAD + BEHIND)
def test_post_verbless_plan_days(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

"""A bare weekday after a release word in a post's verbless fragment, written in any case
("Exam grades out Thursday and dad keeps asking", "Term's out Friday"), is the day it comes
out: the first such day on or after the publication date, even when a later clause has a verb
of its own; a past word in the fragment keeps the past default (session 13, round 2;
Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

AHEAD = [
    ("Driving test results out Friday and my gran is already praying.", "Friday",
     "2024-03-15"),
    ("Term's out Thursday and I still have 40 essays to mark", "Thursday", "2024-03-14"),
    ("Allotment show entries out Saturday, wish me luck with the marrows", "Saturday",
     "2024-03-16"),
    ("Bramwell's new mixtape out Monday and nobody is ready", "Monday", "2024-03-18"),
]

BEHIND = [
    ("We went out Friday and the taxi queue was a disgrace", "Friday", "2024-03-08"),
    ("Got thrown out Saturday for dancing on a bench", "Saturday", "2024-03-09"),
    ("Night out Sunday was brutal on the wallet", "Sunday", "2024-03-10"),
]


@pytest.mark.parametrize("text,span,value", AHEAD + BEHIND)
def test_post_released_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

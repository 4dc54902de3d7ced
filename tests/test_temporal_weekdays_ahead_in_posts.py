"""A weekday that lies ahead by a narrow cue: a deadline hedged with "at least", an arrangement
one has ("have an appointment on"), a post's verbless fragment in lower case; a past cue still
sends it back (publication date Saturday 15 October 2022 unless given)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

SAT = date(2022, 10, 15)

AHEAD = [
    # "until at least": the hedge leaves the deadline a deadline
    ("The pool stays shut until at least Tuesday.", "Tuesday", "2022-10-18"),
    ("The council said the bridge would stay closed until at least Monday while engineers "
     "checked the piers.", "Monday", "2022-10-17"),
    ("Officials said the curfew would stay in force until at least 6 a.m. on Thursday.",
     "6 a.m. on Thursday", "2022-10-20T06:00"),
    # an arrangement one has
    ("I have a dentist appointment on Tuesday and can't drive.", "Tuesday", "2022-10-18"),
    ("She has a meeting with the landlord on Thursday morning.", "Thursday morning",
     "2022-10-20TMO"),
    ("i've got a job interview friday, wish me luck", "friday", "2022-10-21"),
    # a post's verbless fragment, the weekday in lower case
    ("no gym tuesday!!! pool party at ours instead", "tuesday", "2022-10-18"),
    ("pizza night at mine friday from 7, bring whatever u want to drink", "friday",
     "2022-10-21"),
    ("no school monday, the teachers are striking", "monday", "2022-10-17"),
]

BACK = [
    ("The pool stayed shut until at least Tuesday, the manager said.", "Tuesday",
     "2022-10-11"),
    ("We had a meeting with the landlord on Tuesday.", "Tuesday", "2022-10-11"),
    ("She had a hospital appointment on Monday morning.", "Monday morning", "2022-10-10TMO"),
    ("went to the match sunday, what a game", "sunday", "2022-10-09"),
    ("lost my keys sunday!! anyone seen them", "sunday", "2022-10-09"),
    ("no power since sunday, still waiting", "sunday", "2022-10-09"),
    # capitalised: news, where only an explicit future cue sends a weekday forward
    ("Bake sale at the hall Friday from 9, volunteers said.", "Friday", "2022-10-14"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_weekday_ahead_by_a_narrow_cue(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=SAT)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", BACK)
def test_weekday_with_a_past_cue_stays_back(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=SAT)
    assert m.value == value, m.explanation

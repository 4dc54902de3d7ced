"""A bare weekday right after a present progressive ("is leaving Tuesday", "we're playing
Sunday", at most three words between) is an arrangement ahead: the first such day on or after
the publication date (Wednesday 13 March 2024). A weekday owning a noun ("Tuesday's raid"), a
progressive further away, "'s" (a possessive as often as "is") and a past progressive leave it
behind."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

AHEAD = [
    ("The prime minister is leaving Friday for talks in Oslo.", "Friday", "2024-03-15"),
    ("The two unions are meeting Monday to vote on the offer.", "Monday", "2024-03-18"),
    ("The trade delegation is visiting Lagos on Saturday.", "Saturday", "2024-03-16"),
    ("We're flying out Sunday, back in a week.", "Sunday", "2024-03-17"),
    ("I'm driving up Thursday if the roads are clear.", "Thursday", "2024-03-14"),
    ("im going saturday only, cant stay for sunday", "saturday", "2024-03-16"),
    ("The choir is performing Wednesday at the cathedral.", "Wednesday", "2024-03-13"),
]

BEHIND = [
    # the weekday owns a noun: the progressive tells of the inquiry, not of the day
    ("Detectives are investigating Monday's break-in at the depot.", "Monday", "2024-03-11"),
    ("Engineers are studying Tuesday's outage at the plant.", "Tuesday", "2024-03-12"),
    ("Crews are clearing roads after Monday 's landslide .", "Monday", "2024-03-11"),
    # the progressive is far from the weekday: the weekday belongs to another phrase
    ("Engineers are studying data from the test flight on Tuesday.", "Tuesday", "2024-03-12"),
    # a past progressive
    ("Crews were clearing debris Monday after the storm.", "Monday", "2024-03-11"),
    # no progressive at all
    ("The mayor is angry after Monday's vote.", "Monday", "2024-03-11"),
    ("Shares are higher after the company reported results Tuesday.", "Tuesday", "2024-03-12"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_a_present_progressive_sends_a_bare_weekday_ahead(text: str, span: str, value: str
                                                          ) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", BEHIND)
def test_other_weekdays_stay_behind(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


def test_the_explanation_names_the_progressive() -> None:
    m = mention("The two unions are meeting Monday to vote on the offer.", "Monday", dct=WED)
    assert "are meeting" in m.explanation and "on or after" in m.explanation

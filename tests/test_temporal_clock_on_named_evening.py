"""An evening clock time (6 p.m. or later) told in the past falls on the day whose evening or
night the text named ("ran aground late Tuesday ... by early Wednesday. It struck rocks at
11:20 p.m."), when that day is the one before the day the clock time would otherwise take,
paragraphs later too (session 10, round 2, unseen newswire). A morning hour, a future, a day of
the clock's own sentence or another day named since (but the early hours after the evening)
keep the rule before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import mention

DCT = date(2024, 3, 13)  # a Wednesday

CASES = [
    # the evening named, then the morning after: the evening hour is the evening's
    ("The barge Orla Wend ran aground late Monday, and its crew was lifted off early Tuesday. "
     "It struck the sandbar at 10:50 p.m. in light rain.", "10:50 p.m.", "2024-03-11T22:50"),
    ("The two candidates for mayor of Pellham met for a debate Tuesday night.\n\n"
     "Both spoke about the port.\n\nThe town has 40,000 voters.\n\n"
     "The debate began at 7 p.m. and ran for an hour.", "7 p.m.", "2024-03-12T19:00"),
    ("A tanker caught fire off Brisk Point on Tuesday evening, and the last of its crew were "
     "taken off early today. The captain said no one was hurt. The fire started at about "
     "8:15 p.m. in the engine room.", "about 8:15 p.m.", "2024-03-12T20:15"),
    ("Storms swept the Harl valley late Tuesday and into early Wednesday. Power failed at 9 p.m.",
     "9 p.m.", "2024-03-12T21:00"),
    # ... and the clock times after it stay on the day they followed
    ("The barge Orla Wend ran aground late Monday, and its crew was lifted off early Tuesday. "
     "It struck the sandbar at 10:50 p.m. The last sailor reached shore at 4 a.m.", "4 a.m.",
     "2024-03-12T04:00"),
    # not moved: a morning hour, a future, the clock's own day, an evening two days back
    ("The barge Orla Wend ran aground late Monday, and its crew was lifted off early Tuesday. "
     "The last sailor reached shore at 4 a.m.", "4 a.m.", "2024-03-12T04:00"),
    ("A tanker caught fire off Brisk Point on Tuesday night. Salvage crews will return at "
     "8 p.m.", "8 p.m.", "2024-03-13T20:00"),
    ("A tanker caught fire off Brisk Point on Tuesday night. Today the harbour closed at "
     "8 p.m.", "8 p.m.", "2024-03-13T20:00"),
    # ... or another day named since (not the early hours after it): the rule before
    ("Storms swept the Harl valley on Sunday night. Aid crews met on Monday. Power failed "
     "again at 9 p.m.", "9 p.m.", "2024-03-11T21:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_evening_clock_on_the_named_evening(text: str, span: str, value: str) -> None:
    assert mention(text, span, DCT).value == value

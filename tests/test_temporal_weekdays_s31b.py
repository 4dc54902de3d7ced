"""Session 31, round 2: news weekdays the tense reader sent to the wrong week, each table with
sentences written for this project: a fixture's or a vote's present "face(s)" (a named opponent,
a run-off), a warning whose long object ends in the day ("warned of delays of up to three hours
at three airports on Wednesday afternoon"), a clearance for a launch at a clock time ("is
cleared for launch at 6:15 a.m. Friday"), a weekday's lost or failed thing ("to make up for
Thursday's lost overs", behind), a weekday's event that "would" be ("said
Thursday's vote would be decided by turnout").
Each table holds cases that fail on the code before the round and near-misses that must keep
their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

TUE = date(2022, 10, 18)  # a Tuesday
WED = date(2012, 6, 27)  # a Wednesday
STORM = date(2006, 11, 21)  # a Tuesday
SAT = date(2024, 1, 27)  # a Saturday
LAUNCH = date(2022, 9, 14)  # a Wednesday
POLL = date(2013, 6, 24)  # a Monday

#: A headline and a second paragraph: a story, not a short note (which looks ahead anyway).
PROBE = "Lunar probe cleared for launch after valve repair\n\n"
CALLED_OFF = ("\n\nThe first attempt was called off two hours before liftoff, when a sensor "
              "showed a pressure drop in one of the fuel lines.")

CASES = [
    # --- "face(s)" a named opponent or a scheduled vote: a fixture ahead ------------------
    (TUE, "Ashdown face Millbrook at home on Saturday, with kick-off at 3 p.m., manager Petra "
          "Lind said on Monday.",
     {"Saturday": ("DATE", "2022-10-22"), "3 p.m.": ("TIME", "2022-10-22T15:00"),
      "Monday": ("DATE", "2022-10-17")}),
    (WED, "Port mayor faces run-off Saturday after narrow first round",
     {"Saturday": ("DATE", "2012-06-30")}),
    (WED, "The senator faces a vote on Saturday over the budget.",
     {"Saturday": ("DATE", "2012-06-30")}),
    # must stay: a past "faced"; charges faced (session 23); the noun "face"
    (WED, "The mayor faced a run-off on Saturday and lost.", {"Saturday": ("DATE", "2012-06-23")}),
    (WED, "The driver faces charges of reckless driving after the crash on Saturday.",
     {"Saturday": ("DATE", "2012-06-23")}),
    (WED, "He lost face on Saturday when the plan collapsed.",
     {"Saturday": ("DATE", "2012-06-23")}),
    # --- a warning's long object ending in the day: the day foreseen -----------------------
    (STORM, "The agency warned of delays of up to three hours at Dulles, Reagan and Baltimore "
            "airports on Wednesday afternoon.",
     {"Wednesday afternoon": ("TIME", "2006-11-22TAF")}),
    (STORM, "Police warned of queues of up to two miles at the border crossing on Wednesday.",
     {"Wednesday": ("DATE", "2006-11-22")}),
    # must stay: a thing no warning foresees (a strike's cause, told after it)
    (STORM, "The union warned of strikes after the sacking of a driver at the depot in Leeds on "
            "Wednesday.", {"Wednesday": ("DATE", "2006-11-15")}),
    # --- a weekday's lost or failed thing: behind, whatever the clause's tense -------------
    (SAT, "Play on Sunday will start half an hour earlier than planned, to make up for "
          "Thursday's lost overs.",
     {"Sunday": ("DATE", "2024-01-28"), "Thursday": ("DATE", "2024-01-25")}),
    (SAT, "The board will study Wednesday's failed launch before it sets a new date.",
     {"Wednesday": ("DATE", "2024-01-24")}),
    # must stay: a weekday's scheduled event ahead
    (SAT, "Officials will review Thursday's scheduled vote next week.",
     {"Thursday": ("DATE", "2024-02-01")}),
    # --- a clearance for a launch at a clock time: ahead -----------------------------------
    (LAUNCH, PROBE + "Technicians have finished swapping a cracked valve on the Orrin lunar "
                     "probe, and the craft is now cleared for launch at 6:15 a.m. EDT Friday, "
                     "mission managers said." + CALLED_OFF,
     {"6:15 a.m. EDT Friday": ("TIME", "2022-09-16T06:15")}),
    # must stay: a pluperfect's clearance (a plan since changed); a past "cleared" of a place
    (LAUNCH, PROBE + "Technicians swapped a cracked valve on the Orrin lunar probe, which had "
                     "been cleared for launch at 6 a.m. Friday." + CALLED_OFF,
     {"6 a.m. Friday": ("TIME", "2022-09-09T06:00")}),
    (LAUNCH, "Police cleared the square on Friday.", {"Friday": ("DATE", "2022-09-09")}),
    # --- a weekday's event that "would" be: foreseen, ahead --------------------------------
    (POLL, "Hale said Thursday's vote would be decided by turnout.",
     {"Thursday": ("DATE", "2013-06-27")}),
    (POLL, "Wednesday's attempt would be the fourth launch from the base this year.",
     {"Wednesday": ("DATE", "2013-06-26")}),
    # must stay: "would have" (told after); a weekday's storm, no event arranged
    (POLL, "Hale said Thursday's vote would have gone differently without the scandal.",
     {"Thursday": ("DATE", "2013-06-20")}),
    (POLL, "Hale said Thursday's storm would cost insurers millions.",
     {"Thursday": ("DATE", "2013-06-20")}),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES)
def test_session_31b_weekdays(dct: date, text: str, want: dict) -> None:
    assert_spans(_found(text, dct), want)

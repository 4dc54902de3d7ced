"""Session 27's day of a bare clock time in news prose, with no date or weekday beside it:
a poll's hours told ahead fall on the election day the story named, not on a day named in
passing since; a morning hour at which something stopped was resumed, after the story told
that day's afternoon or evening, is the next morning's. Every sentence is written for this
project; each table holds cases that fail on the code before the session and same-shape
cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _values(text: str, dct: date) -> dict[str, str]:
    return {m.text: m.value for m in tag_text(text, dct)}


# Thursday 14 March 2024.
THU = date(2024, 3, 14)

POLL_HOURS = [
    ("Residents of Dunmore Shire will vote on Saturday in a referendum on a new rates scheme. "
     "The mayor campaigned outside the library on Wednesday. Polling stations open at 8 a.m. "
     "and close at 6 p.m.", [("8 a.m.", "2024-03-16T08:00"), ("6 p.m.", "2024-03-16T18:00")]),
    ("Lakeside voters choose a new mayor on Tuesday in a runoff between two councillors. Both "
     "toured the markets on Monday. Voting will be open from 9 a.m. to 7 p.m.",
     [("9 a.m.", "2024-03-19T09:00"), ("7 p.m.", "2024-03-19T19:00")]),
    ("The island elects a new assembly on Sunday. Nominations closed on Friday, and "
     "campaigning ends at noon Saturday. Polls will be open from 6:30 am to 4:30 pm.",
     [("6:30 am", "2024-03-17T06:30"), ("4:30 pm", "2024-03-17T16:30")]),
    # must stay: an election told in the past, a poll's hours with their own day, no election
    ("Voters chose a new mayor on Tuesday. Polls opened at 7 a.m. and closed at 8 p.m.",
     [("7 a.m.", "2024-03-12T07:00"), ("8 p.m.", "2024-03-12T20:00")]),
    ("The shire votes on Saturday. Polls open at 8 a.m. on Friday for postal voters.",
     [("8 a.m. on Friday", "2024-03-15T08:00")]),
    ("The craft fair will be held on Saturday. The traders met on Wednesday. The stalls open "
     "at 9 a.m.", [("9 a.m.", "2024-03-14T09:00")]),
]


@pytest.mark.parametrize(("text", "want"), POLL_HOURS)
def test_a_polls_hours_fall_on_the_election_day(text, want) -> None:
    found = _values(text, THU)
    for span, value in want:
        assert found.get(span) == value, (span, found)


RESUMED = [
    ("The final began on Wednesday evening but was stopped by bad light after two sets. It "
     "resumed at 10:30 a.m. in front of a small crowd.", [("10:30 a.m.", "2024-03-14T10:30")]),
    ("Floodwater closed the coast road on Tuesday, and it did not drain until the late "
     "afternoon. Police reopened the road at 6 a.m., with a limit of 30 mph.",
     [("6 a.m.", "2024-03-13T06:00")]),
    ("The hearing was adjourned at 5:40 p.m. on Tuesday after a witness fell ill. It "
     "reconvened at 9:30 a.m. with a new interpreter.", [("9:30 a.m.", "2024-03-13T09:30")]),
    # must stay: a pluperfect, an evening's hour, a morning told before, the publication date
    ("Talks broke up on Wednesday evening. They had resumed at 9 a.m. after a short break.",
     [("9 a.m.", "2024-03-13T09:00")]),
    ("The final began on Wednesday evening but was stopped by rain. It resumed at 9:15 p.m.",
     [("9:15 p.m.", "2024-03-13T21:15")]),
    ("Lightning stopped the match on Wednesday morning. It resumed at 11 a.m.",
     [("11 a.m.", "2024-03-13T11:00")]),
    ("Play was halted this afternoon. It resumed at 11 a.m. after a delay.",
     [("11 a.m.", "2024-03-14T11:00")]),
]


@pytest.mark.parametrize(("text", "want"), RESUMED)
def test_a_resumption_the_morning_after(text, want) -> None:
    found = _values(text, THU)
    for span, value in want:
        assert found.get(span) == value, (span, found)


DUE_TONIGHT = [
    ("The orchestra flew out of Vienna today after a strike by baggage crews ended late "
     "Tuesday. The players boarded a charter at 10:05 a.m. and were due to land in Boston "
     "tonight.", [("10:05 a.m.", "2024-03-14T10:05")]),
    ("Rescuers reached the stranded climbers on Tuesday. The team set off from the base camp "
     "at 9:45 a.m. and was expected to reach the valley later today.",
     [("9:45 a.m.", "2024-03-14T09:45")]),
    # must stay: a day of its own, no trip due tonight
    ("The strike ended late Tuesday. The ferry left at 10 a.m. on Wednesday and was due to "
     "dock tonight.", [("10 a.m. on Wednesday", "2024-03-13T10:00")]),
    ("The strike ended late Tuesday. The tanker sailed at 10:05 a.m. and is expected to dock "
     "next week.", [("10:05 a.m.", "2024-03-12T10:05")]),
]


@pytest.mark.parametrize(("text", "want"), DUE_TONIGHT)
def test_a_trip_due_to_end_tonight_began_today(text, want) -> None:
    found = _values(text, THU)
    for span, value in want:
        assert found.get(span) == value, (span, found)


TOLD_NEXT_DAY = [
    ("A tanker ran aground late Wednesday off the point. The port authority said Thursday "
     "that the pilot had called for help at 8:50 p.m.", [("8:50 p.m.", "2024-03-13T20:50")]),
    ("A barn burned down on Wednesday night near Aldby. The fire chief said on Thursday that "
     "crews had arrived at 11:10 p.m., within minutes of the call.",
     [("11:10 p.m.", "2024-03-13T23:10")]),
    # must stay: a plan told that day, a morning's hour
    ("A tanker ran aground late Wednesday off the point. The port authority said Thursday "
     "that the pilot would call at 8:50 p.m.", [("8:50 p.m.", "2024-03-14T20:50")]),
    ("A tanker ran aground late Wednesday off the point. The port authority said Thursday "
     "that the pilot had called at 10:15 a.m.", [("10:15 a.m.", "2024-03-14T10:15")]),
]


@pytest.mark.parametrize(("text", "want"), TOLD_NEXT_DAY)
def test_an_evening_hour_told_the_next_day(text, want) -> None:
    found = _values(text, THU)
    for span, value in want:
        assert found.get(span) == value, (span, found)

"""Session 28's day of a bare clock time in news prose, with no date or weekday beside it: a
poll's hours told in the past fall on the past election day the story named; a morning's
clock time after "by", in the sentence of an evening ("late Thursday"), is the next morning's;
a universal time runs on from the universal time with its own day given just before it; a
weekday's possessive after "in" naming an earlier event ("in Tuesday's election") is told
aside, so the story stays on its day. Every sentence is written for this project; each table
holds cases that fail on the code before the session and same-shape cases that must keep
their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _mentions(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


def _check(text: str, dct: date, want: list[tuple[str, str]]) -> None:
    found = _mentions(text, dct)
    for span, value in want:
        assert found.get(span) == ("TIME", value), (span, found)


# Monday 4 November 2024, Wednesday 6, Friday 8.
MON, WED, FRI = date(2024, 11, 4), date(2024, 11, 6), date(2024, 11, 8)

POLLS_CLOSED = [
    ("Voters in the northern province of Tarrow rejected a council merger in a "
     "referendum on Sunday, officials said. The electoral board will certify the result by "
     "Wednesday. Polls closed at 6 p.m. local time (1700 GMT).",
     [("6 p.m. local time", "2024-11-03T18:00"), ("1700 GMT", "2024-11-03T17:00Z")]),
    ("Islanders elected a new assembly on Saturday after a campaign fought over ferry fares. "
     "Counting is due to finish on Tuesday. Voting ended at 9 p.m., two hours late.",
     [("9 p.m.", "2024-11-02T21:00")]),
    # must stay: an election told in the past with nothing named since, hours ahead, no poll
    ("Villagers chose a new council on Sunday. Polls closed at 8 p.m.",
     [("8 p.m.", "2024-11-03T20:00")]),
    ("The county votes on Thursday in a referendum on a new bridge. The mayor spoke on "
     "Saturday. Polls will close at 7 p.m.", [("7 p.m.", "2024-11-07T19:00")]),
    ("The museum reopened on Saturday after a year of repairs. Curators will count visitors "
     "until Friday. The doors closed at 5 p.m.", [("5 p.m.", "2024-11-04T17:00")]),
]


@pytest.mark.parametrize(("text", "want"), POLLS_CLOSED)
def test_a_polls_hours_told_in_the_past_fall_on_the_election_day(text, want) -> None:
    _check(text, MON, want)


BY_NEXT_MORNING = [
    ("Freezing rain began late Thursday across the plains, and by 9 a.m. more than 200 roads "
     "were closed, police said.", [("9 a.m.", "2024-11-08T09:00")]),
    ("A fire broke out in a grain store on the docks Wednesday night, and by 07:45 GMT crews "
     "had it under control.", [("07:45 GMT", "2024-11-07T07:45Z")]),
    # must stay: an hour of the evening, a clock after "at", no evening named
    ("The search went on late Thursday, and by 10 p.m. all 14 walkers were safe.",
     [("10 p.m.", "2024-11-07T22:00")]),
    ("The barge sailed late Wednesday after loading began at 9 a.m.",
     [("9 a.m.", "2024-11-06T09:00")]),
    ("Heavy rain fell on Thursday, and by 9 a.m. the river had burst its banks.",
     [("9 a.m.", "2024-11-07T09:00")]),
]


@pytest.mark.parametrize(("text", "want"), BY_NEXT_MORNING)
def test_a_morning_by_after_an_evening_is_the_next_morning(text, want) -> None:
    _check(text, FRI, want)


UNIVERSAL = [
    ("A weather satellite blasted off late Tuesday from a desert base. The launcher rose at "
     "10:48 p.m. local time (0348 GMT Wednesday), and engineers in Toulouse made contact with "
     "it at 0455 GMT.", [("10:48 p.m. local time", "2024-11-05T22:48"),
                        ("0455 GMT", "2024-11-06T04:55Z")]),
    # must stay: a universal time told sentences later, and one earlier than the stamp
    ("Dockers will stop work at 00:01 on Friday (2301 GMT Thursday), their union said on "
     "Wednesday. The port handles a third of the country's grain. Talks failed last month. "
     "Shares in the port operator fell 3 percent by 0930 GMT.",
     [("0930 GMT", "2024-11-06T09:30Z")]),
]


@pytest.mark.parametrize(("text", "want"), UNIVERSAL)
def test_a_universal_time_runs_on_from_the_last_one_with_a_day(text, want) -> None:
    _check(text, WED, want)


POSSESSIVE_ASIDE = [
    ("A Green candidate led the sitting mayor by 30 votes today after clerks finished "
     "counting postal ballots in Tuesday's election. The tally, released at 5:15 p.m., gave "
     "her 2,204 votes.", [("5:15 p.m.", "2024-11-08T17:15")]),
    ("Copper prices slipped on Friday after gaining 2 percent in Thursday's session. Volume "
     "was light, with 12,000 lots traded by the 1:30 p.m. close.",
     [("1:30 p.m.", "2024-11-08T13:30")]),
    # must stay: the event itself is the story ("over Monday's robbery"), no later day before
    ("Police today charged two men over Monday's robbery. The raiders struck at 9:15 a.m.",
     [("9:15 a.m.", "2024-11-04T09:15")]),
    ("The mayor lost in Tuesday's vote. She conceded at 10 p.m.",
     [("10 p.m.", "2024-11-05T22:00")]),
]


@pytest.mark.parametrize(("text", "want"), POSSESSIVE_ASIDE)
def test_an_earlier_days_event_in_a_possessive_is_told_aside(text, want) -> None:
    _check(text, FRI, want)

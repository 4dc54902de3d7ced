"""Session 27's bare weekdays that news prose or a news post puts ahead of the publication date
while the engine read them behind: the end of a state an order sets ("ordered ... closed until
Monday"), a bare scheduling participle ("deferred until 11am Monday", a headline's "Adjourned
Until Friday"), a decision still open after a possibility ("could rule Thursday", "may decide
Friday whether"), a headline's event called or set for a day, a progressive of waiting for a
day's thing ("are bracing for Friday's figures"), a schedule's present after an earlier past
("..., which opened in January, runs until Saturday") and advice to get a thing done on a day.
Every sentence is written for this project; each table holds cases that fail on the code before
the session and near-misses that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Saturday 16 November 2024 and Tuesday 5 March 2024.
SAT = date(2024, 11, 16)
TUE = date(2024, 3, 5)


def _check(text: str, dct: date, want: list[tuple[str, str]]) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- the end of a state an order sets: ahead, even told in the past ------------------------------
ORDERED_UNTIL = [
    ("The governor ordered state offices closed until Monday.", [("Monday", "2024-11-18")]),
    ("The ministry ordered all schools in the province shut until Wednesday.",
     [("Wednesday", "2024-11-20")]),
    ("Police ordered residents to stay indoors until Sunday.", [("Sunday", "2024-11-17")]),
    ("The fire chief directed crews to keep the bridge closed through Tuesday.",
     [("Tuesday", "2024-11-19")]),
    ("Stewards were ordered to keep the gates locked until 6 a.m. Monday.",
     [("6 a.m. Monday", "2024-11-18T06:00")]),
    # must stay: no order, a past state, a pluperfect order, an order on a day
    ("Flags flew at half-mast until Monday.", [("Monday", "2024-11-11")]),
    ("The ban lasted until Monday.", [("Monday", "2024-11-11")]),
    ("The judge had ordered the files sealed until Monday, but they were released early.",
     [("Monday", "2024-11-11")]),
    ("The council ordered a review on Monday.", [("Monday", "2024-11-11")]),
]


@pytest.mark.parametrize(("text", "want"), ORDERED_UNTIL)
def test_an_orders_state_ends_ahead(text, want) -> None:
    _check(text, SAT, want)


# --- a bare scheduling participle, a headline's Title Case ----------------------------------------
ADJOURNED = [
    ("Bail application of two dock workers deferred until 11am Monday, the magistrate said.",
     [("11am Monday", "2024-03-11T11:00")]),
    ("Planning decision on the quarry put off until Wednesday, councillors said.",
     [("Wednesday", "2024-03-06")]),
    ("Hearing Adjourned Until Friday in Port Fraud Case", [("Friday", "2024-03-08")]),
    ("Bail Hearing for Dock Workers Postponed to Monday", [("Monday", "2024-03-11")]),
    # must stay: the day the adjourned case came back, told past; a present report
    ("The court adjourned until Friday, when the jury returned its verdict.",
     [("Friday", "2024-03-01")]),
    ("The session was adjourned until Friday, when the jury returned its verdict.",
     [("Friday", "2024-03-01")]),
    ("Hearing in the Marsh fraud case adjourned until Thursday, court clerk says.",
     [("Thursday", "2024-03-07")]),
]


@pytest.mark.parametrize(("text", "want"), ADJOURNED)
def test_a_bare_scheduling_participle_looks_ahead(text, want) -> None:
    _check(text, TUE, want)


# --- a decision still open after a possibility --------------------------------------------------
OPEN_DECISIONS = [
    ("The regulator could rule Thursday on the merger.", [("Thursday", "2024-03-07")]),
    ("The board may decide Friday whether to sell the stadium.", [("Friday", "2024-03-08")]),
    ("Ministers might vote Wednesday on whether to extend the curfew.",
     [("Wednesday", "2024-03-06")]),
    ("Senate Could Vote Thursday on Budget Deal", [("Thursday", "2024-03-07")]),
    ("The club could say Friday whether the match goes ahead.", [("Friday", "2024-03-08")]),
    # must stay: negated, a passive of an event, a possibility of an event, "could have"
    ("Police could not say Friday whether the driver was insured.", [("Friday", "2024-03-01")]),
    ("The missing hiker could be located Wednesday, officials said.",
     [("Wednesday", "2024-02-28")]),
    ("Shares could fall Friday, a trader said.", [("Friday", "2024-03-01")]),
    ("The pilot could have landed Monday.", [("Monday", "2024-03-04")]),
]


@pytest.mark.parametrize(("text", "want"), OPEN_DECISIONS)
def test_an_open_decision_lies_ahead(text, want) -> None:
    _check(text, TUE, want)


# --- a headline's event called or set for a day --------------------------------------------------
CALLED_FOR = [
    ("Dock Workers Call Walkout for Thursday", [("Thursday", "2024-03-07")]),
    ("Nurses Set Strike for Friday", [("Friday", "2024-03-08")]),
    ("Teachers Call Vote for Wednesday on Pay Offer", [("Wednesday", "2024-03-06")]),
    # must stay: the calling on a day, a headline's event with no arranging verb
    ("The union called a strike on Monday.", [("Monday", "2024-03-04")]),
    ("Crowds Cheer Parade on Monday", [("Monday", "2024-03-04")]),
]


@pytest.mark.parametrize(("text", "want"), CALLED_FOR)
def test_a_headlines_event_called_for_a_day(text, want) -> None:
    _check(text, TUE, want)


# --- a progressive of waiting for a day's thing ---------------------------------------------------
AWAITED = [
    ("Traders are bracing for Friday's jobs figures.", [("Friday", "2024-03-08")]),
    ("Markets are waiting for Thursday's rate decision.", [("Thursday", "2024-03-07")]),
    ("Analysts are awaiting Friday's inflation report.", [("Friday", "2024-03-08")]),
    ("Farmers are preparing for Wednesday's auction.", [("Wednesday", "2024-03-06")]),
    # must stay: the past, another progressive
    ("Residents braced for Friday's storm.", [("Friday", "2024-03-01")]),
    ("Detectives are investigating Monday's break-in.", [("Monday", "2024-03-04")]),
    ("Analysts are digesting Friday's inflation report.", [("Friday", "2024-03-01")]),
]


@pytest.mark.parametrize(("text", "want"), AWAITED)
def test_a_days_thing_awaited_lies_ahead(text, want) -> None:
    _check(text, TUE, want)


# --- a schedule's present "runs/lasts/continues until|through", after an earlier past -----------
STATE_RUNS = [
    ("The boat show, staged every spring on the quay at Harwich, runs through Sunday.",
     [("Sunday", "2024-03-10")]),
    ("The exhibition, which opened in January, runs until Saturday.",
     [("Saturday", "2024-03-09")]),
    ("The festival, which drew 40,000 visitors last year, continues through Sunday at the "
     "showground.", [("Sunday", "2024-03-10")]),
    ("The trade fair, which opened on the quay in January, lasts until Saturday, organisers "
     "said.", [("Saturday", "2024-03-09")]),
    # must stay: the past forms, a pluperfect
    ("The fair ran through Sunday.", [("Sunday", "2024-03-03")]),
    ("The festival continued through Sunday.", [("Sunday", "2024-03-03")]),
    ("The strike had lasted until Monday.", [("Monday", "2024-03-04")]),
    ("The ban lasted until Monday.", [("Monday", "2024-03-04")]),
]


@pytest.mark.parametrize(("text", "want"), STATE_RUNS)
def test_a_schedules_present_runs_until_a_day_ahead(text, want) -> None:
    _check(text, TUE, want)


# --- advice to get a thing done on a day ----------------------------------------------------------
ADVISED = [
    ("Rain all weekend 🌧️ better get the lawn mowed on Saturday", [("Saturday", "2024-03-09")]),
    ("Storm due Friday ☔ best get the washing done on Thursday", [("Thursday", "2024-03-07")]),
    ("You should get the car serviced on Thursday.", [("Thursday", "2024-03-07")]),
    # must stay: done, or advice that came too late
    ("We got the car serviced on Thursday.", [("Thursday", "2024-02-29")]),
    ("We should have got the car serviced on Thursday.", [("Thursday", "2024-02-29")]),
]


@pytest.mark.parametrize(("text", "want"), ADVISED)
def test_advice_to_get_a_thing_done_on_a_day(text, want) -> None:
    _check(text, TUE, want)

"""Session 24, round 2: whether a weekday or a month lies ahead of the publication date or
behind it (a sequence told in order, a relative clause's invariant past, warnings, notices and
declared periods, "was likely to", a day kept free, an event's move, a year's own months).
Every sentence is written for this project. Each table holds cases that fail on the code
before the round and same-shape cases that must keep their reading (past reports, "said
Friday", headlines, habits)."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

TUE = date(2016, 3, 22)  # Tuesday 22 March 2016
WED = date(2004, 1, 28)  # Wednesday 28 January 2004
SUN = date(2010, 2, 28)  # Sunday 28 February 2010
MON = date(2014, 7, 14)  # Monday 14 July 2014

# --- a future sequence: the later day follows the earlier one -----------------------------
SEQUENCES = [
    ("The pool will close on Friday and reopen on Tuesday.", TUE,
     "Tuesday", ("DATE", "2016-03-29")),
    ("The depot is due to shut on Thursday and reopen at 7am on Tuesday.", TUE,
     "7am on Tuesday", ("TIME", "2016-03-29T07:00")),
    ("The gallery is to close on Saturday and open again on Tuesday.", TUE,
     "Tuesday", ("DATE", "2016-03-29")),
    # must stay: a past sequence, a future on the day itself with no day before it, another
    # sentence's day
    ("The pool closed on Friday and reopened on Tuesday.", TUE,
     "Tuesday", ("DATE", "2016-03-22")),
    ("The pool will reopen on Tuesday.", TUE, "Tuesday", ("DATE", "2016-03-22")),
    ("The pool will close on Thursday. It will reopen on Tuesday.", TUE,
     "Tuesday", ("DATE", "2016-03-22")),
    ("Police said the man was arrested on Tuesday.", TUE, "Tuesday", ("DATE", "2016-03-22")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), SEQUENCES)
def test_a_future_sequence_in_order(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a relative clause's invariant past after a singular noun ------------------------------
RELATIVE_PASTS = [
    ("Up to 20 cm of rain could fall across the valley tonight, as a gale that hit the "
     "northern coast on Tuesday night moves inland.", WED,
     "Tuesday night", ("TIME", "2004-01-27TNI")),
    ("The regional lender, which cut its rates on Monday, will report results soon.", WED,
     "Monday", ("DATE", "2004-01-26")),
    ("Shares will open lower after a blaze that shut the refinery on Monday.", WED,
     "Monday", ("DATE", "2004-01-26")),
    # must stay: a plural's present, a present in -s, a habit
    ("Storms that hit the coast on Tuesday nights could bring flooding.", WED,
     "Tuesday nights", ("SET", "XXXX-WXX-2TNI")),
    ("A storm that hits the coast on Friday could bring floods.", WED,
     "Friday", ("DATE", "2004-01-30")),
    ("The agency that sets the limit will meet on Friday.", WED,
     "Friday", ("DATE", "2004-01-30")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), RELATIVE_PASTS)
def test_a_relative_clause_invariant_past(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- warnings, notices, declared periods, "was likely to" ----------------------------------
FORESEEN = [
    ("The weather office said the gales would ease by Monday afternoon, but warned of heavy "
     "sleet on Wednesday.", SUN, "Wednesday", ("DATE", "2010-03-03")),
    ("Coastguards warned of strong gusts and high tides from Tuesday.", SUN,
     "Tuesday", ("DATE", "2010-03-02")),
    ("The agency has issued a flood watch from 10 a.m. Monday to 6 p.m. Wednesday, with "
     "rivers rising.", SUN, "10 a.m. Monday", ("TIME", "2010-03-01T10:00")),
    ("The agency has issued a flood watch from 10 a.m. Monday to 6 p.m. Wednesday, with "
     "rivers rising.", SUN, "6 p.m. Wednesday", ("TIME", "2010-03-03T18:00")),
    ("Forecasters put out a heat advisory for Thursday.", SUN,
     "Thursday", ("DATE", "2010-03-04")),
    ("The king declared two days of national mourning starting Tuesday.", SUN,
     "Tuesday", ("DATE", "2010-03-02")),
    ("Rain was likely to return tonight and again on Wednesday night, forecasters said.", SUN,
     "Wednesday night", ("TIME", "2010-03-03TNI")),
    ("Turnout was likely to be low on Friday, officials said.", SUN,
     "Friday", ("DATE", "2010-03-05")),
    # must stay: a warning given on the day, a thing not foreseen, a past period, a
    # pluperfect likelihood, a plain past, "said Friday"
    ("The minister warned of dire consequences on Friday.", SUN,
     "Friday", ("DATE", "2010-02-26")),
    ("Police warned of the risk that looters struck on Friday.", SUN,
     "Friday", ("DATE", "2010-02-26")),
    ("The festival ran for three days starting Tuesday.", SUN,
     "Tuesday", ("DATE", "2010-02-23")),
    ("The river was likely to have peaked on Friday.", SUN, "Friday", ("DATE", "2010-02-26")),
    ("The shop opened at 9 a.m. Monday and will close at 5 p.m. Friday.", SUN,
     "9 a.m. Monday", ("TIME", "2010-02-22T09:00")),
    ("The club said Friday that the match would go ahead.", SUN,
     "Friday", ("DATE", "2010-02-26")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), FORESEEN)
def test_a_day_foreseen(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a day kept free, an event's move -------------------------------------------------------
LONG = ("Martins has not won a stage race since 2011, and his team lost two riders in the "
        "crash on the descent into the valley last week. ")
SCHEDULES = [
    (LONG + "The cyclists have a rest day on Thursday.", MON,
     "Thursday", ("DATE", "2014-07-17")),
    (LONG + "The squad has a day off on Thursday.", MON, "Thursday", ("DATE", "2014-07-17")),
    ("The games, held every summer since 1950, moves to Bergen on Saturday, when the relay "
     "starts at 8 p.m.", MON, "Saturday", ("DATE", "2014-07-19")),
    # must stay: the past forms, and "moves" as a noun before a past (the read of Timeline17
    # after the merge: "moves" as a scheduled present sent this Monday a week ahead)
    ("Regulators have been watching such moves, and on Monday the ministry opened an "
     "inquiry.", date(2014, 7, 18), "Monday", ("DATE", "2014-07-14")),
    (LONG + "The crew had a day off on Thursday.", MON, "Thursday", ("DATE", "2014-07-10")),
    ("The games, held every summer since 1950, moved to Bergen on Saturday.", MON,
     "Saturday", ("DATE", "2014-07-12")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), SCHEDULES)
def test_a_day_kept_and_an_event_moving(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a month of a year's own event ----------------------------------------------------------
MAY = date(2012, 5, 13)
OWNED_MONTHS = [
    ("Next year's festival will be staged in Lagos in April.", MAY, "April", ("DATE", "2013-04")),
    ("Next year 's prizes will be handed out in Accra in April .", MAY,
     "April", ("DATE", "2013-04")),
    # must stay: no possessive, a past clause, no year
    ("Next year the festival will be staged in Lagos in April.", MAY,
     "April", ("DATE", "2012-04")),
    ("Next year's festival was announced in April.", MAY, "April", ("DATE", "2012-04")),
    ("The festival will be staged in Lagos in April.", MAY, "April", ("DATE", "2012-04")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), OWNED_MONTHS)
def test_a_month_of_a_years_own_event(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want

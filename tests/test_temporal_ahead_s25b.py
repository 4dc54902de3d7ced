"""Session 25, round 2: weekdays and their hours sent to the wrong week. A range's end before
its start ahead ("from tomorrow night through Thursday morning"), a short quoted phrase that
cut the clause from its verb, a present perfect of adding ("we've added a matinee Sunday"), a
company's present of reporting its results, a forecast's "by midnight" after a day gone, an
hour "not even ... yet", and posts' notices whose noun ("full cast") or bracketed aside read as
a past. Every sentence is written for this project; each table holds cases that fail on the
code before the round and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

MON = date(2016, 2, 8)  # Monday 8 February 2016
TUE = date(2019, 9, 10)  # Tuesday 10 September 2019
SUN = date(2021, 5, 16)  # Sunday 16 May 2021

#: A news text's length, so that a sentence is read as news, not as a post.
_NEWS = ("The council spent the evening on the budget, and residents filled the hall to hear "
         "a long debate about bus routes, parks, street lights and the state of the library. ") * 2

# --- a range's end never runs back before a start ahead -------------------------------------
RANGE_AHEAD = [
    (_NEWS + "The agency has a gale warning out from tomorrow night through Thursday morning.",
     MON, "Thursday morning", ("TIME", "2016-02-11TMO")),
    (_NEWS + "Crews keep the bridge shut from tomorrow until Friday.", MON,
     "Friday", ("DATE", "2016-02-12")),
    (_NEWS + "A frost alert runs from tonight to Wednesday evening.", MON,
     "Wednesday evening", ("TIME", "2016-02-10TEV")),
    # must stay: a range of days gone, a start gone
    (_NEWS + "The agency had a gale warning out from Friday night through Sunday morning.", MON,
     "Sunday morning", ("TIME", "2016-02-07TMO")),
    (_NEWS + "The bridge stayed shut from yesterday until Saturday.", MON,
     "Saturday", ("DATE", "2016-02-06")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), RANGE_AHEAD)
def test_a_range_end_after_a_start_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a short quoted phrase does not cut the clause from its verb ---------------------------
QUOTED = [
    ('Officials said the search would shift to a "recovery footing" from Thursday, with '
     "fewer divers.", SUN, "Thursday", ("DATE", "2021-05-20")),
    ("The club will move to a “skeleton rota” on Friday.", SUN, "Friday", ("DATE", "2021-05-21")),
    ('Forecasters have issued an amber "stay home" warning for heavy snow across Kent, '
     "Essex and the Weald on Friday, with drifts likely.", SUN, "Friday", ("DATE", "2021-05-21")),
    # must stay: a past verb before the quote, a quote that closes a whole sentence, a
    # notice's "for" before no weather
    ('Forecasters issued the "stay home" warning for the first time on Friday.', SUN,
     "Friday", ("DATE", "2021-05-14")),
    ('Officials said the search shifted to a "recovery footing" from Thursday.', SUN,
     "Thursday", ("DATE", "2021-05-13")),
    ('The coach said: "We will win." On Friday the side lost.', SUN,
     "Friday", ("DATE", "2021-05-14")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), QUOTED)
def test_a_quoted_phrase_inside_its_clause(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a present perfect of adding; a company's present of reporting results -----------------
ADDED_AND_REPORTS = [
    ("Tickets went fast, so we've added a late matinee Sunday at 4pm.", TUE,
     "Sunday at 4pm", ("TIME", "2019-09-15T16:00")),
    ("The rail firm has laid on extra carriages on Friday night.", TUE,
     "Friday night", ("TIME", "2019-09-13TNI")),
    ("Corvane Mills reports Q2 results after the bell Thursday.", TUE,
     "Thursday", ("DATE", "2019-09-12")),
    ("Ostrava Steel posts quarterly earnings on Friday.", TUE, "Friday", ("DATE", "2019-09-13")),
    # must stay: a pluperfect, a past report, a complementiser after "added"
    ("The rail firm had laid on extra carriages on Friday night.", TUE,
     "Friday night", ("TIME", "2019-09-06TNI")),
    ("Corvane Mills reported Q2 results after the bell Thursday.", TUE,
     "Thursday", ("DATE", "2019-09-05")),
    ("Police have added that on Saturday a van was found burnt out.", TUE,
     "Saturday", ("DATE", "2019-09-07")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), ADDED_AND_REPORTS)
def test_added_and_reported_days_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a forecast's "by midnight" after a day gone; an hour "not even ... yet" ---------------
TODAYS_HOURS = [
    ("After Sunday's downpours, showers clear by midnight and Wednesday turns bright.", TUE,
     "midnight", ("TIME", "2019-09-10T24:00")),
    ("The heat alert stays until 9 p.m. Friday. It is 30 degrees and it's not even 8 a.m. yet.",
     TUE, "8 a.m.", ("TIME", "2019-09-10T08:00")),
    # must stay: a past clause keeps the day it names, a past "wasn't ... yet"
    ("On Sunday the showers cleared by midnight.", TUE, "midnight", ("TIME", "2019-09-08T24:00")),
    ("The heat alert ran until 9 p.m. Friday. It wasn't even 8 a.m. yet.", TUE,
     "8 a.m.", ("TIME", "2019-09-06T08:00")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), TODAYS_HOURS)
def test_todays_hours_after_another_day(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- posts' notices: "full cast" is a noun, a bracket's aside tells why ---------------------
NOTICES = [
    ("Band call Thurs from 6, full cast please", SUN, "Thurs", ("DATE", "2021-05-20")),
    ("no nets tues (square's being rolled)", SUN, "tues", ("DATE", "2021-05-18")),
    # must stay: a past account of the cast, a past aside that is the clause's verb
    ("the full cast sang on Thursday", SUN, "Thursday", ("DATE", "2021-05-13")),
    ("no nets tues cos the square got flooded", SUN, "tues", ("DATE", "2021-05-11")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), NOTICES)
def test_post_notices_nouns_and_asides(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want

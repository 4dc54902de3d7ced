"""Session 24's phrasings: weekends counted from a holiday, counted weekends and weeks from a
day in chat, office shorthand before a day, a weekday's clock time before "is", and
time-free texts (months as people, "day" opening a compound noun, a clock time opening a
film's title). Found on the tune half of the session's blind phrasings batch; every sentence is
written for this project. Each table holds cases that fail on the code before the session and
same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

WED = date(2024, 3, 13)  # Wednesday, ISO week 11; Easter Sunday 2024 is 31 March
MON = date(2025, 6, 2)  # Monday, ISO week 23
FRI = date(2023, 11, 10)  # Friday, ISO week 45

# --- "the weekend before/after <holiday>": one span, one weekend ------------------------------
HOLIDAY_WEEKENDS = [
    ("Ticket sales spike the weekend before Easter.", WED, "the weekend before Easter",
     ("DATE", "2024-W12-WE")),
    ("Caravan parks fill up the weekend after Easter.", WED, "the weekend after Easter",
     ("DATE", "2024-W14-WE")),
    # Memorial Day 2024 is Monday 27 May: the weekend right before it
    ("The guild holds its fair the weekend before Memorial Day.", WED,
     "the weekend before Memorial Day", ("DATE", "2024-W21-WE")),
    # Thanksgiving 2023 is Thursday 23 November
    ("Queues were long the weekend after Thanksgiving.", date(2023, 12, 4),
     "the weekend after Thanksgiving", ("DATE", "2023-W47-WE")),
    ("The choir sings the weekend before Christmas.", date(2024, 12, 2),
     "the weekend before Christmas", ("DATE", "2024-W51-WE")),
    # must stay: the day next to a holiday, the holiday's own weekend, a weekday counted from it
    ("The shop reopens the day after Boxing Day.", date(2024, 12, 2),
     "the day after Boxing Day", ("DATE", "2024-12-27")),
    ("Ferries are full over the Easter weekend.", WED, "the Easter weekend",
     ("DATE", "2024-W13-WE")),
    ("The stall opens the Friday before Easter.", WED, "Friday", ("DATE", "2024-03-29")),
    ("The roof leaked the weekend before.", WED, "the weekend before", ("DATE", "2024-W10-WE")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), HOLIDAY_WEEKENDS)
def test_a_weekend_counted_from_a_holiday(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- counted weekends: a weekend, not an ISO week ---------------------------------------------
COUNTED_WEEKENDS = [
    ("Three weekends ago the pier reopened.", WED, "Three weekends ago", ("DATE", "2024-W08-WE")),
    ("two weekends back the boiler packed in", WED, "two weekends back",
     ("DATE", "2024-W09-WE")),
    # ahead of a weekday its own week's weekend is the first
    ("Four weekends from now the fete opens.", WED, "Four weekends from now",
     ("DATE", "2024-W14-WE")),
    ("two weekends from now we're camping", date(2024, 3, 17), "two weekends from now",
     ("DATE", "2024-W13-WE")),
    # must stay: weeks are counted in days, "the weekend after next" as before
    ("The bridge shut two weeks ago.", WED, "two weeks ago", ("DATE", "2024-02-28")),
    ("The clinic opens the weekend after next.", WED, "the weekend after next",
     ("DATE", "2024-W13-WE")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), COUNTED_WEEKENDS)
def test_counted_weekends(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- weeks on from a day, no "on": "2 wks sat", "a fortnight fri" -----------------------------
WEEKS_FROM_A_DAY = [
    ("the christening is 2 wks sun, can you make it?", "2 wks sun", ("DATE", "2025-06-22")),
    ("reunion drinks a fortnight fri!!", "a fortnight fri", ("DATE", "2025-06-20")),
    ("3 wks sat we fly out to crete", "3 wks sat", ("DATE", "2025-06-28")),
    ("the cup final is two weeks Saturday.", "two weeks Saturday", ("DATE", "2025-06-21")),
    # must stay: lengths, "sat" the verb, "a fortnight on Saturday"
    ("took 2 wks off after the op", "2 wks", ("DURATION", "P2W")),
    ("spent a fortnight sat on a beach in kos", "a fortnight", ("DURATION", "P2W")),
    ("The course lasts a fortnight.", "a fortnight", ("DURATION", "P2W")),
    ("The hearing resumes a fortnight on Saturday.", "a fortnight on Saturday",
     ("DATE", "2025-06-21")),
]


@pytest.mark.parametrize(("text", "span", "want"), WEEKS_FROM_A_DAY)
def test_weeks_on_from_a_day(text, span, want) -> None:
    assert _found(text, MON).get(span) == want


# --- a chat's "the thurs after next", "this time nxt wk" --------------------------------------
CHAT_RELATIVES = [
    ("maybe the thurs after next for the plumber?", "the thurs after next",
     ("DATE", "2025-06-12")),
    ("the fri before last was chaos at work", "the fri before last", ("DATE", "2025-05-23")),
    ("the sat after next works for me", "the sat after next", ("DATE", "2025-06-14")),
    ("this time nxt wk i'll be in lisbon", "this time nxt wk", ("DATE", "2025-06-09")),
    ("this time next wk we're moving house", "this time next wk", ("DATE", "2025-06-09")),
    ("this time nxt yr i'll be 40", "this time nxt yr", ("DATE", "2026-06-02")),
    # must stay
    ("this time next week the polls close", "this time next week", ("DATE", "2025-06-09")),
    ("dentist nxt wk", "nxt wk", ("DATE", "2025-W24")),
    ("The final is the Saturday after next.", "the Saturday after next", ("DATE", "2025-06-14")),
]


@pytest.mark.parametrize(("text", "span", "want"), CHAT_RELATIVES)
def test_chat_relatives(text, span, want) -> None:
    assert _found(text, MON).get(span) == want


def test_the_sun_after_next_weeks_storm_is_no_day() -> None:
    assert "the sun after next" not in _found("the sun after next week's storm was lovely", MON)


# --- office shorthand before a day: the day, a deadline; the shorthand stays out -------------
OFFICE_DAYS = [
    ("report due eod thurs pls", "thurs", ("DATE", "2025-06-05")),
    ("can you send the invoice by eod wed", "wed", ("DATE", "2025-06-04")),
    ("need sign-off cob wed", "wed", ("DATE", "2025-06-04")),
    ("first thing sat we'll head to the lakes", "sat", ("DATE", "2025-06-07")),
    ("1st thing wed i'll ring the bank", "wed", ("DATE", "2025-06-04")),
    ("EOD Thursday for the figures please", "Thursday", ("DATE", "2025-06-05")),
    ("the forms by eod fri, not a minute later", "fri", ("DATE", "2025-06-06")),
    # must stay: the shorthand alone is today's end; a past send keeps its day behind
    ("need it by eod", "eod", ("DATE", "2025-06-02")),
    ("the counter is open till EOD", "EOD", ("DATE", "2025-06-02")),
    ("sent the deck eod fri, all done", "fri", ("DATE", "2025-05-30")),
]


@pytest.mark.parametrize(("text", "span", "want"), OFFICE_DAYS)
def test_office_shorthand_before_a_day(text, span, want) -> None:
    found = _found(text, MON)
    assert found.get(span) == want
    assert not {"eod", "EOD", "cob"} & (set(found) - {span})


@pytest.mark.parametrize("text", ["a cob loaf and some soup", "we sat down first thing"])
def test_office_words_alone_name_no_day(text) -> None:
    assert _found(text, MON) == {}


# --- a weekday's clock time opening its clause before "is": ahead -----------------------------
DAY_CLOCK_IS = [
    ("thurs 7pm is the last tour of the day", "thurs 7pm", ("TIME", "2023-11-16T19:00")),
    ("Monday at 9am is the cut-off for orders.", "Monday at 9am", ("TIME", "2023-11-13T09:00")),
    ("sat 10:30 is when the doors open", "sat 10:30", ("TIME", "2023-11-11T10:30")),
    # must stay: a past "was", a bare weekday before "is" (session 23)
    ("tues 8pm was the only slot they had", "tues 8pm", ("TIME", "2023-11-07T20:00")),
    ("Wednesday is the last day to apply.", "Wednesday", ("DATE", "2023-11-15")),
]


@pytest.mark.parametrize(("text", "span", "want"), DAY_CLOCK_IS)
def test_a_weekday_clock_time_before_is(text, span, want) -> None:
    assert _found(text, FRI).get(span) == want


# --- time-free texts ---------------------------------------------------------------------------
TIME_FREE = [
    # a month's possessive before a grandparent, an aunt, an uncle...: a person
    "april's nan makes the best trifle",
    "june's uncle drives a taxi in leeds",
    "May's auntie lives above the chip shop",
    # a lone month given a thing, told or met, before a possessive: a person
    "give april my best when you see her",
    "tell june my bus is stuck behind a tractor",
    "meeting april for lunch, want anything from town?",
    "met june and her sister at the pool",
    # "day" opening a compound noun
    "the day centre on Mill Lane has a new minibus",
    "she works the day shift at the bakery",
    "a day pass for the zoo is twelve pounds",
    "we packed sandwiches for the day trip",
    "grandad goes to the day ward for his dialysis",
    # a clock time opening a work's title
    "the club showed the thriller 7:15 from Kettering",
    "the film '6:05 to Carrick' won the jury prize",
]


@pytest.mark.parametrize("text", TIME_FREE)
def test_time_free_texts(text) -> None:
    assert _found(text, MON) == {}


MUST_STAY = [
    ("give me june 5th off", "june 5th", ("DATE", "2025-06-05")),
    ("see you in april", "april", ("DATE", "2025-04")),
    ("april showers again", "april", ("DATE", "2025-04")),
    ("in june my mum visits", "june", ("DATE", "2025-06")),
    ("on the day the hall was packed", "the day", ("DATE", "2025-06-02")),
    ("the day before the hall was packed", "the day before", ("DATE", "2025-06-01")),
    ("the day patients were moved, it snowed", "the day", ("DATE", "2025-06-02")),
    ("caught the 6:40 to Leeds", "6:40", ("TIME", "2025-06-02T06:40")),
    ("the film starts at 7:30 sharp", "7:30", ("TIME", "2025-06-02T07:30")),
]


@pytest.mark.parametrize(("text", "span", "want"), MUST_STAY)
def test_near_misses_keep_their_reading(text, span, want) -> None:
    assert _found(text, MON).get(span) == want

"""Session 14, round 2 (chat phrasings): a rescheduling in the past tense or the passive still
names its new day ahead ("swapped my shift to the 18th", "got moved to the 9th"); a weekday
abbreviation before "next week"/"this week" is that weekday of that week, one span; a bare day
of the month offered as a plan's subject ("the 9th works for us") lies ahead; a booking asked
for ("can you book me a table for friday at 8pm") looks ahead. Every sentence, name and place
is invented for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found, mention

TUE = date(2026, 10, 20)  # a Tuesday, ISO week 2026-W43

RESCHEDULED = [
    ("Corrie swapped her rota to the 24th so the twins can go", "the 24th", "2026-10-24"),
    ("the bin collection got moved to the 27th 🙄", "the 27th", "2026-10-27"),
    ("we pushed the choir social to the 23rd.", "the 23rd", "2026-10-23"),
    ("my dentist switched me to the 29th but I can't do mornings", "the 29th", "2026-10-29"),
    ("Ottoline changed the quiz to the 22nd and nobody told me", "the 22nd", "2026-10-22"),
    # a day of the month already passed this month is next month's
    ("the plumber rescheduled to the 6th, ugh", "the 6th", "2026-11-06"),
]


@pytest.mark.parametrize("text,span,value", RESCHEDULED)
def test_rescheduled_day_lies_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


WEEKDAY_OF_WEEK = [
    ("is thurs next week any good for the fitting?", "thurs next week", "2026-10-29"),
    ("can we do Fri next wk instead", "Fri next wk", "2026-10-30"),
    ("mon next week works for the vet", "mon next week", "2026-10-26"),
    ("sat this week is the car boot", "sat this week", "2026-10-24"),
    ("Weds this week? the allotment needs digging", "Weds this week", "2026-10-21"),
]


@pytest.mark.parametrize("text,span,value", WEEKDAY_OF_WEEK)
def test_abbreviated_weekday_of_a_week(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


NOT_A_WEEKDAY = [
    "plenty of sun next week at Harrowby",  # the weather
    "we sat next week's mock papers early",  # a verb after a subject
]


@pytest.mark.parametrize("text", NOT_A_WEEKDAY)
def test_abbreviation_words_before_a_week_stay_out(text: str) -> None:
    assert all(not t.lower().startswith(("sun", "sat")) for t, _ in found(text, TUE)), \
        found(text, TUE)


DAY_OFFERED = [
    ("the 28th works for me and Bram", "the 28th", "2026-10-28"),
    ("the 30th suits us better", "the 30th", "2026-10-30"),
    ("is the 26th ok for the pottery class?", "is the 26th ok", "2026-10-26"),
    ("hmm, the 25th would work if Pim drives", "the 25th", "2026-10-25"),
    ("ok so the 4th is fine by us", "the 4th", "2026-11-04"),
]


@pytest.mark.parametrize("text,span,value", DAY_OFFERED)
def test_day_offered_as_a_plan_lies_ahead(text: str, span: str, value: str) -> None:
    span = span.removeprefix("is ").removesuffix(" ok")
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


NOT_A_DAY_OFFERED = [
    "the 3rd works of the Velland cycle are on display",
    "Marla finished the 2nd fine and then slowed",
]


@pytest.mark.parametrize("text", NOT_A_DAY_OFFERED)
def test_ranks_and_works_are_no_days(text: str) -> None:
    assert found(text, TUE) == [], found(text, TUE)


BOOKINGS = [
    ("can you book me a facial for monday at 11am", "monday at 11am", "2026-10-26T11:00"),
    ("pls book us a table for tuesday at 8pm", "tuesday at 8pm", "2026-10-27T20:00"),
    ("could you reserve us the squash court for monday?", "monday", "2026-10-26"),
]


@pytest.mark.parametrize("text,span,value", BOOKINGS)
def test_booking_asked_for_looks_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


#: A chat's evening in ("<noun> night") before a lower-case "sat", "wed", "sun" ending its
#: phrase or before a kiss is the weekday ahead; "sat" as a verb stays out.
EVENING_IN = [
    ("curry night sat x", "sat", "2026-10-24"),
    ("board games nite wed?", "wed", "2026-10-21"),
    ("film night sun xx", "sun", "2026-10-25"),
    ("quiz sat x", "sat", "2026-10-24"),
]


@pytest.mark.parametrize("text,span,value", EVENING_IN)
def test_evening_in_before_a_weekday_abbreviation(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", ["a cosy night sat by the stove at Fennick Lodge",
                                  "the whole night sat badly with Ambrose"])
def test_a_night_that_sat_is_no_weekday(text: str) -> None:
    assert all(t.lower() != "sat" for t, _ in found(text, TUE)), found(text, TUE)


#: A chat's "back in 20", "home in 10": a bare count of minutes after "back"/"home" opening its
#: phrase, ending it, is a point ahead on the publication day (the count is the span).
BACK_IN = [
    ("back in 25", "25", "2026-10-20"),
    ("omw, home in 15!", "15", "2026-10-20"),
    ("grabbing milk, back in 5 x", "5", "2026-10-20"),
    ("I'll be back in 40 🚲", "40", "2026-10-20"),
]


@pytest.mark.parametrize("text,span,value", BACK_IN)
def test_bare_count_of_minutes_back(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", ["Tolland came back in 20 and won the frame",
                                  "the Orwin shirts are back in 98 styles"])
def test_no_bare_minutes_after_a_verb_or_before_a_noun(text: str) -> None:
    assert found(text, TUE) == [], found(text, TUE)

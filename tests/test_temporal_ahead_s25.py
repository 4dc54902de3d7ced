"""Session 25: weekdays sent to the wrong week, behind when the text looks ahead: a weak
future after a day ahead its sentence named, a broadcast script's "P.M. TOMORROW" in capitals
(one sentence, one clause), a chance of weather before the day with no "for", and a present
of "get" with a participle ("gets sworn in on Tuesday"). Every sentence is written for this
project; each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading (a past, "could have", "had given", a contrast)."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

THU = date(2009, 1, 15)  # Thursday 15 January 2009
MON = date(2011, 10, 3)  # Monday 3 October 2011
SUN = date(2007, 4, 22)  # Sunday 22 April 2007

# --- a weak future after a day ahead named earlier in its sentence --------------------------
WEAK_AFTER_AHEAD = [
    ("Sleet spreads into the valleys by Saturday, which could close the mountain passes "
     "Sunday.", THU, "Sunday", ("DATE", "2009-01-18")),
    ("The convoy is due in Tromso on Friday and may reach the border Monday.", THU,
     "Monday", ("DATE", "2009-01-19")),
    ("Talks resume in Geneva on Saturday, and a deal might follow Tuesday night, "
     "diplomats said.", THU, "Tuesday night", ("TIME", "2009-01-20TNI")),
    ("WITH GALES DUE BY FRIDAY, THE CROSSING COULD BE SUSPENDED SATURDAY MORNING.", THU,
     "SATURDAY MORNING", ("TIME", "2009-01-17TMO")),
    # must stay: a past day before the modal, "could have", no day before it
    ("Sleet spread into the valleys on Monday, which could explain the crash Tuesday.", THU,
     "Tuesday", ("DATE", "2009-01-13")),
    ("The convoy reached Tromso on Tuesday and could have crossed the border Wednesday.", THU,
     "Wednesday", ("DATE", "2009-01-14")),
    ("The striker would miss the derby Sunday.", THU, "Sunday", ("DATE", "2009-01-11")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), WEAK_AFTER_AHEAD)
def test_a_weak_future_after_a_day_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a broadcast script in capitals: "P.M. TOMORROW" ends no sentence -----------------------
CAPS_SCRIPT = [
    ("LIBRARIES WILL SHUT AT FOUR P.M. TOMORROW AND STAY SHUT ALL DAY THURSDAY.", MON,
     "THURSDAY", ("DATE", "2011-10-06")),
    ("LIBRARIES WILL SHUT AT FOUR P.M. TOMORROW AND STAY SHUT ALL DAY THURSDAY.", MON,
     "FOUR P.M. TOMORROW", ("TIME", "2011-10-04T16:00")),
    ("THE RINK WILL CLOSE AT 9 P.M. TONIGHT AND REMAIN CLOSED THROUGH WEDNESDAY.", MON,
     "WEDNESDAY", ("DATE", "2011-10-05")),
    # must stay: a past script; mixed case keeps its own sentence break
    ("THE RINK CLOSED AT 9 P.M. AND STAYED CLOSED ALL DAY SATURDAY.", MON,
     "SATURDAY", ("DATE", "2011-10-01")),
    ("The rink shut at 9 p.m. Tomorrow it reopens.", MON, "Tomorrow", ("DATE", "2011-10-04")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), CAPS_SCRIPT)
def test_a_caps_script_clock_and_its_day(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


def test_caps_clock_and_day_is_one_sentence() -> None:
    from summarize.sentences import split_spans

    text = "FERRIES WILL STOP AT SIX P.M. TOMORROW AND RESUME FRIDAY. NO OTHER CHANGES."
    assert [text[a:b] for a, b in split_spans(text)] == [
        "FERRIES WILL STOP AT SIX P.M. TOMORROW AND RESUME FRIDAY.", "NO OTHER CHANGES."]


# --- a chance of weather right before the day, no "for" -------------------------------------
CHANCE_OF = [
    ("Forecasters give a chance of showers Wednesday night before a dry weekend.", SUN,
     "Wednesday night", ("TIME", "2007-04-25TNI")),
    ("There is a 40 percent chance of snow late Friday in the hills.", SUN,
     "late Friday", ("DATE", "2007-04-27")),
    ("THE OFFICE SEES A RISK OF FROST TUESDAY MORNING.", SUN,
     "TUESDAY MORNING", ("TIME", "2007-04-24TMO")),
    # must stay: a pluperfect, a past with a contrast
    ("Forecasters had given a 70 percent chance of rain Thursday, but the parade stayed dry.",
     SUN, "Thursday", ("DATE", "2007-04-19")),
    ("There was a chance of hail Friday, yet none fell.", SUN, "Friday", ("DATE", "2007-04-20")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), CHANCE_OF)
def test_a_chance_of_weather_names_a_day_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a present of "get" and a participle: an event set for the day --------------------------
GETS_DONE = [
    ("The new governor gets sworn in on Wednesday.", SUN, "Wednesday", ("DATE", "2007-04-25")),
    ("Okafor gets sworn in Friday morning at the state house.", SUN,
     "Friday morning", ("TIME", "2007-04-27TMO")),
    ("The old span gets demolished on Tuesday, the council says.", SUN,
     "Tuesday", ("DATE", "2007-04-24")),
    # must stay: "got", "was", a plain past
    ("The new governor got sworn in on Wednesday.", SUN, "Wednesday", ("DATE", "2007-04-18")),
    ("The new governor was sworn in on Wednesday.", SUN, "Wednesday", ("DATE", "2007-04-18")),
    ("The old span was demolished Tuesday.", SUN, "Tuesday", ("DATE", "2007-04-17")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), GETS_DONE)
def test_a_present_of_get_and_a_participle(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want

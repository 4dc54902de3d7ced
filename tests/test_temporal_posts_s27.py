"""Session 27's forms in tweets and posts, found on the tune half of its blind batch of tweets:
a list's bare "the 10th" after a day opened by a preposition, a clock time before a
capitalised "Sat"/"Sun"/"Wed" or noon before any weekday abbreviation as one TIME, a clock time
naming an event dated right after it ("the 10pm screening on new years eve"), the end of a range
from tonight ahead of it ("until 5am Wed"), and Diwali on India's date where the text names
India.
Every sentence is written for this project; each table holds cases that fail on the code
before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.type, m.value, m.mod) for m in tag_text(text, dct)}


# Monday 2 March 2015, Tuesday 3 May 2016, Monday 28 December 2015, Friday 1 November 2013.
MAR = date(2015, 3, 2)
MAY = date(2016, 5, 3)
DEC = date(2015, 12, 28)
NOV = date(2013, 11, 1)

# --- a list's bare "the Nth" after a day a preposition opens the list with -----------------
LISTED_DAYS = [
    ("Tour dates!! Leeds on the 9th, York the 10th, Hull the 12th 🎸",
     [("the 9th", "DATE", "2015-03-09"), ("the 10th", "DATE", "2015-03-10"),
      ("the 12th", "DATE", "2015-03-12")]),
    ("pop-up stalls on the 4th, the 5th and the 11th, come say hi",
     [("the 4th", "DATE", "2015-03-04"), ("the 5th", "DATE", "2015-03-05"),
      ("the 11th", "DATE", "2015-03-11")]),
    ("Signing books in Bath from the 6th, Wells & Frome the 8th",
     [("the 6th", "DATE", "2015-03-06"), ("the 8th", "DATE", "2015-03-08")]),
    ("ferry off on the 11th and the 12th",
     [("the 11th", "DATE", "2015-03-11"), ("the 12th", "DATE", "2015-03-12")]),
    # must stay: the first day keeps its reading
    ("Leeds on the 9th 🎸", [("the 9th", "DATE", "2015-03-09")]),
]


@pytest.mark.parametrize(("text", "want"), LISTED_DAYS)
def test_a_lists_bare_days(text, want) -> None:
    found = _found(text, MAR)
    for span, kind, value in want:
        assert found.get(span, (None, None, None))[:2] == (kind, value), (span, found)


@pytest.mark.parametrize("text", [
    "Leeds on the 9th, York the 10th place in the table",  # a rank's noun after it
    "the 14th floor, the 15th floor and the 16th",  # no day opens the list
    "came 3rd, Okafor the 5th and Reyes the 7th",  # places in a race
    "She won on the 3rd, and the 4th time was easier",
    "my 15th birthday, and the 16th too",
    "for the 15th time, and the 16th",
])
def test_no_list_of_days(text) -> None:
    found = _found(text, MAR)
    assert not any(s in found for s in ("the 10th", "the 15th", "the 5th", "the 7th",
                                        "the 4th", "the 16th")), found


# --- a clock time and a weekday abbreviation after it: one TIME ------------------------------
CLOCK_THEN_ABBR = [
    ("Bridge shut from 9pm tonight until 5am Wed for resurfacing",
     "5am Wed", "TIME", "2016-05-04T05:00", ""),
    ("Ring road closed until 6am Sat for gas works, use the bypass",
     "6am Sat", "TIME", "2016-05-07T06:00", ""),
    ("Pool reopens 7am Sun after the deep clean", "7am Sun", "TIME", "2016-05-08T07:00", ""),
    ("Light snow around noon Sat, clearing later", "around noon Sat", "TIME",
     "2016-05-07T12:00", "APPROX"),
    ("Polls close at midnight Thurs, count overnight", "midnight Thurs", "TIME",
     "2016-05-05T24:00", ""),
    ("Road shut until noon Fri.", "noon Fri", "TIME", "2016-05-06T12:00", ""),
    # a range from tonight: its end's weekday is ahead of it, whatever "closed" says
    ("Southbound lanes closed at junction 4 from 9pm tonight until 5am Wed for resurfacing",
     "5am Wed", "TIME", "2016-05-04T05:00", ""),
    ("Southbound lanes closed at junction 4 from 9pm tonight until 5am Thursday.",
     "5am Thursday", "TIME", "2016-05-05T05:00", ""),
    # must stay: the forms read before
    ("Lanes closed from 9pm last night until 5am Sat", "9pm last night", "TIME",
     "2016-05-02T21:00", ""),
    ("Bridge shut until 5am Thu for works", "5am Thu", "TIME", "2016-05-05T05:00", ""),
    ("Bridge shut until 5am Wednesday for works", "5am Wednesday", "TIME",
     "2016-05-04T05:00", ""),
    ("Rain around noon Saturday", "around noon Saturday", "TIME", "2016-05-07T12:00",
     "APPROX"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value", "mod"), CLOCK_THEN_ABBR)
def test_a_clock_time_and_an_abbreviated_weekday(text, span, kind, value, mod) -> None:
    assert _found(text, MAY).get(span) == (kind, value, mod), _found(text, MAY)


@pytest.mark.parametrize(("text", "span"), [
    ("Doors at 9am Sun Valley Leisure Centre", "9am"),  # a name's capitalised word
    ("Lunch at noon Sun Life offices", "noon"),
    ("we sat at 3pm sat down again later", "3pm"),  # lower case stays a verb
])
def test_a_clock_time_before_a_name_stays_alone(text, span) -> None:
    found = _found(text, MAY)
    assert span in found and not any(k.startswith(span + " ") for k in found), found


def test_a_name_of_midnight_and_sun_stays_untagged() -> None:
    assert _found("A group calling itself Midnight Sun claimed it", MAY) == {}


# --- a clock time naming an event the day after it dates ------------------------------------
CLOCK_EVENTS = [
    ("we've added a late 10pm screening on new years eve, tickets online",
     "10pm", "TIME", "2015-12-31T22:00"),
    ("The 11am service on Christmas Day is already full", "11am", "TIME", "2015-12-25T11:00"),
    ("The 8pm quiz on the 30th is sold out", "8pm", "TIME", "2015-12-30T20:00"),
    ("we caught the 10pm show on Saturday, brilliant", "10pm", "TIME", "2015-12-26T22:00"),
    ("The 6:15pm train on Thursday will not run", "6:15pm", "TIME", "2015-12-31T18:15"),
    # must stay: no event's noun between, or no day after it
    ("He left at 10pm on a train, back on Thursday", "10pm", "TIME", "2015-12-28T22:00"),
    ("we've added a late 10pm screening, tickets online", "10pm", "TIME",
     "2015-12-28T22:00"),
    ("carols at 7pm on christmas eve", "7pm on christmas eve", "TIME", "2015-12-24T19:00"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), CLOCK_EVENTS)
def test_a_clock_time_naming_a_dated_event(text, span, kind, value) -> None:
    found = _found(text, DEC)
    assert found.get(span, (None, None, None))[:2] == (kind, value), found


# --- Diwali on India's date where the text names India ---------------------------------------
DIWALI = [
    ("Finally home after the overnight bus from Pune 😴 Diwali with my cousins!",
     "Diwali", "DATE", "2013-11-03"),
    ("Celebrating Diwali with friends in Chennai", "Diwali", "DATE", "2013-11-03"),
    ("Deepavali sweets from Mumbai arrived", "Deepavali", "DATE", "2013-11-03"),
    # must stay: Singapore's date where Singapore is named; with no place India's, the
    # default since session 29
    ("Celebrating Diwali with friends in Singapore", "Diwali", "DATE", "2013-11-02"),
    ("Happy Deepavali to all our customers", "Deepavali", "DATE", "2013-11-03"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), DIWALI)
def test_diwali_in_india(text, span, kind, value) -> None:
    found = _found(text, NOV)
    assert found.get(span, (None, None, None))[:2] == (kind, value), found

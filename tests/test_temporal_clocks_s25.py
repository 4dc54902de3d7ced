"""Session 25's clock times: spelled out with a deictic part of day, with zones after them, in
a shift's range of four-digit times, and after a booked day; every sentence is written for this
project. Each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Thursday 9 May 2024.
THU = date(2024, 5, 9)

# --- a clock time in words before a deictic part of day: one TIME on that day -------------------
WORDS_AND_DAY = [
    ("The ferry capsized at two thirty this afternoon, the coastguard said.",
     [("two thirty this afternoon", "2024-05-09T14:30")]),
    ("Rescuers reached the hut at ten twenty-five this morning.",
     [("ten twenty-five this morning", "2024-05-09T10:25")]),
    ("The count began at eight last night and ended at ten fifty last night.",
     [("eight last night", "2024-05-08T20:00"), ("ten fifty last night", "2024-05-08T22:50")]),
    ("Sirens sounded at nine forty last evening across the valley.",
     [("nine forty last evening", "2024-05-08T21:40")]),
    # ... the small hours keep the night's date, as "2:15 last night" does
    ("The alarm went off at two last night.", [("two last night", "2024-05-08T02:00")]),
    ("THE LIBRARY WILL SHUT AT FOUR P.M. TOMORROW AND OPEN AGAIN ON SATURDAY.",
     [("FOUR P.M. TOMORROW", "2024-05-10T16:00")]),
    ("ROADS CLOSE AT SIX P.M. TONIGHT FOR THE PARADE.", [("SIX P.M. TONIGHT", "2024-05-09T18:00")]),
    # must stay: a part of day alone, a bare "last night", a mixed-case new sentence
    ("The storm eased this afternoon.", [("this afternoon", "2024-05-09TAF")]),
    ("Two people were hurt last night.", [("last night", "2024-05-08TNI")]),
    ("The vote closed at 8 p.m. Tomorrow the count begins.",
     [("8 p.m.", "2024-05-09T20:00"), ("Tomorrow", "2024-05-10")]),
    ("At nine this morning the gates opened.", [("nine this morning", "2024-05-09T09:00")]),
]


@pytest.mark.parametrize(("text", "want"), WORDS_AND_DAY)
def test_a_clock_in_words_before_its_day(text, want) -> None:
    found = _found(text, THU)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- zones after a time in words, noon or midnight, or a part of day: in the span -------------
ZONES = [
    ("The tremor struck at three-twenty a.m. local time, or eight-twenty GMT.",
     [("eight-twenty GMT", "2024-05-09T08:20Z")]),
    ("Trading halted at ten UTC and resumed an hour later.", [("ten UTC", "2024-05-09T10:00Z")]),
    ("The summit opened at noon GMT in a packed hall.", [("noon GMT", "2024-05-09T12:00Z")]),
    ("The markets reopened at midday UTC.", [("midday UTC", "2024-05-09T12:00Z")]),
    ("Church bells rang at midnight local time.", [("midnight local time", "2024-05-09T24:00")]),
    ("The address begins at eight p.m. Eastern, aides said.",
     [("eight p.m. Eastern", "2024-05-09T20:00")]),
    ("Voting ends at 9 p.m. Pacific in the western states.",
     [("9 p.m. Pacific", "2024-05-09T21:00")]),
    ("That was five o'clock this morning Pacific time.",
     [("five o'clock this morning Pacific time", "2024-05-09T05:00")]),
    # must stay: no zone, a region in a name, a count before a noun
    ("She landed at 3 p.m. Central Park was packed.", [("3 p.m.", "2024-05-09T15:00")]),
    ("Talks ran past noon on the second day.", [("noon", "2024-05-09T12:00")]),
    ("The 7 p.m. Eastern Europe bulletin was dropped.", [("7 p.m.", "2024-05-09T19:00")]),
]


@pytest.mark.parametrize(("text", "want"), ZONES)
def test_zones_in_the_span(text, want) -> None:
    found = _found(text, THU)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize("text", ["Ten UTC staff were hired in March.",
                                  "Nine GMT trainees passed the course."])
def test_a_count_before_a_zone_code_is_no_time(text) -> None:
    assert all(t != "TIME" for t, _ in _found(text, THU).values())


# --- a shift's four-digit range: two TIMEs on the day named -----------------------------------
# Monday 1 April 2013 (Easter Monday).
EASTER_MON = date(2013, 4, 1)
SHIFTS = [
    ("On shift Easter Monday, 0700 to 1500. The ward is packed.", EASTER_MON,
     [("Easter Monday", "2013-04-01"), ("0700", "2013-04-01T07:00"),
      ("1500", "2013-04-01T15:00")]),
    ("I will be on the rota Saturday, 0645-1415 in the stores.", THU,
     [("Saturday", "2024-05-11"), ("0645", "2024-05-11T06:45"), ("1415", "2024-05-11T14:15")]),
    ("The level crossing is shut 0600 to 1800 for repairs.", THU,
     [("0600", "2024-05-09T06:00"), ("1800", "2024-05-09T18:00")]),
    # must stay: years, a flight's or a route's number, a score
    ("Output doubled from 1990 to 2000.", THU, [("1990", "1990"), ("2000", "2000")]),
    ("The plague years ran 1500 to 1800 in the old texts.", THU, [("1800", "1800")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), SHIFTS)
def test_a_shift_of_four_digit_times(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize("text", [
    "Flight 0730 to Oslo was cancelled.",
    "The bus on route 1530 was late again.",
    "They did a 24-hour shift at the depot.",
    "The Rovers won 10-2 at home.",
    "He ran the 9.58 record time once.",
])
def test_no_clock_in_numbers_and_names(text) -> None:
    assert all(t != "TIME" for t, _ in _found(text, THU).values())


# --- a week or a fortnight today after a booking: that day, and a clock time after it ----------
# Friday 27 June 2025.
FRI = date(2025, 6, 27)
BOOKED = [
    ("Harlow to Epping move locked in for a week today, crew on site 8am.",
     [("a week today", "2025-07-04"), ("8am", "2025-07-04T08:00")]),
    ("Kitchen refit booked in for a fortnight today, team on site 8am.",
     [("a fortnight today", "2025-07-11"), ("8am", "2025-07-11T08:00")]),
    ("Loft job pencilled in for a fortnight tomorrow, van arrives 9am.",
     [("a fortnight tomorrow", "2025-07-12"), ("9am", "2025-07-12T09:00")]),
    # must stay: a length after other verbs, a booking before a weekday, a past clock time
    ("The hearing was adjourned for a week today.", [("a week", "P1W"), ("today", "2025-06-27")]),
    ("The room is booked for a week on Monday.", [("a week", "P1W"), ("Monday", "2025-06-30")]),
    ("He met them on Monday and will speak at 3 p.m.", [("3 p.m.", "2025-06-27T15:00")]),
]


@pytest.mark.parametrize(("text", "want"), BOOKED)
def test_a_booked_day_and_its_clock(text, want) -> None:
    found = _found(text, FRI)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)

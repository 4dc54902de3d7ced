"""Session 25's clock times, round 2: a notice's bare hours after a comma ("at the hall, 9 till
1"), a post's dotted time after "from", a range's end in the small hours told apart from its
evening start, and a shift's four-digit start on the day its end names. Every sentence is
written for this project; each table holds cases that fail on the code before the round and
same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Saturday 11 March 2023.
SAT = date(2023, 3, 11)
# Thursday 2 November 2017.
THU = date(2017, 11, 2)
# Sunday 31 December 2023, New Year's Eve.
NYE = date(2023, 12, 31)
# Wednesday 8 March 2023.
WED = date(2023, 3, 8)

# --- a notice's bare hours after a comma or a colon: two TIMEs, as "from 10 till 2" ----------
COMMA_TILL = [
    ("Our litter pick is on at the village green, 10 til 2. Gloves provided.", SAT,
     [("10", "2023-03-11T10:00"), ("2", "2023-03-11T14:00")]),
    ("Book swap at St Anne's hall, 9 till 1, tea and biscuits provided", SAT,
     [("9", "2023-03-11T09:00"), ("1", "2023-03-11T13:00")]),
    ("Free eye checks this Saturday at the mosque annexe: 11 until 3.", THU,
     [("this Saturday", "2017-11-04"), ("11", "2017-11-04T11:00"), ("3", "2017-11-04T15:00")]),
    ("Seed swap down at the allotments, 12 til 4 🌱", SAT,
     [("12", "2023-03-11T12:00"), ("4", "2023-03-11T16:00")]),
]
COMMA_TILL_STAYS = [
    "The Rovers won 10-2 at the youth centre.",
    "Kids aged 10 to 12 welcome at the club.",
    "Final whistle at the park, 10 til 2 goals behind.",
    "Rovers were level, 2 until 3 minutes from time.",
    "Seats in rows 10 til 2 are taken.",
    # ... and a standing schedule's hours, which recur
    "Food bank open daily, 10 until 4",
    "The surgery is open mon-thu, 8 till 6",
]


@pytest.mark.parametrize(("text", "dct", "want"), COMMA_TILL)
def test_a_notices_bare_hours_after_a_comma(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None)) == ("TIME" if "T" in value else "DATE", value), \
            (span, found)


@pytest.mark.parametrize("text", COMMA_TILL_STAYS)
def test_scores_ages_and_counts_stay_untimed(text) -> None:
    assert all(t != "TIME" for t, _ in _found(text, SAT).values())


# --- a post's dotted time after "from": on the day it names, its half from the post's words ---
DOT_FROM = [
    ("Vaisakhi celebrations this Sunday, langar from 12.30. Volunteers welcome", THU,
     [("this Sunday", "2017-11-05"), ("12.30", "2017-11-05T12:30")]),
    ("Pub quiz this Friday at the Feathers, doors from 7.30 🍻", THU,
     [("7.30", "2017-11-03T19:30")]),
    ("Harvest supper Saturday, food from 6.30!", THU,
     [("Saturday", "2017-11-04"), ("6.30", "2017-11-04T18:30")]),
    ("Open day at the gurdwara this Sunday, breakfast from 8.15.", THU,
     [("8.15", "2017-11-05T08:15")]),
]
DOT_FROM_STAYS = [
    ("Rates rose from 12.30 to 14.50 per cent.", THU),
    ("Tickets from 12.50 at the box office.", THU),
    ("Tickets from 12.30. Book early.", THU),
    ("The yield was up from 4.15 on Friday.", THU),
    ("The index climbed to 8.45, from 8.30.", THU),
    ("Cake sale Saturday, slices from 2.50", THU),
]


@pytest.mark.parametrize(("text", "dct", "want"), DOT_FROM)
def test_a_dotted_time_after_from(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize(("text", "dct"), DOT_FROM_STAYS)
def test_prices_and_rates_after_from_stay_untimed(text, dct) -> None:
    assert all(t != "TIME" for t, _ in _found(text, dct).values())


# --- a range's end in the small hours after an evening start: the day after -----------------
SMALL_HOURS = [
    ("Buses are free from 9pm tonight, and the night tram runs every 15 mins until 3am.", NYE,
     [("9pm tonight", "2023-12-31T21:00"), ("3am", "2024-01-01T03:00")]),
    ("NYE plan: drinks at Priya's around 8pm, then the Rookery till 2am. Who's coming?", NYE,
     [("around 8pm", "2023-12-31T20:00"), ("2am", "2024-01-01T02:00")]),
    ("The marquee opens at 7pm and the band plays on till 1am.", NYE,
     [("7pm", "2023-12-31T19:00"), ("1am", "2024-01-01T01:00")]),
    # must stay: a morning start, an afternoon end, an end with its own day, no "until"
    ("The kiosk is open 2am to 8pm.", NYE,
     [("2am", "2023-12-31T02:00"), ("8pm", "2023-12-31T20:00")]),
    ("The counter is open from 8am until 2pm.", NYE,
     [("8am", "2023-12-31T08:00"), ("2pm", "2023-12-31T14:00")]),
    ("Fireworks at 9pm; gates were opened at 5am by the stewards.", NYE,
     [("9pm", "2023-12-31T21:00"), ("5am", "2023-12-31T05:00")]),
    ("The party starts at 8pm and the bar stays open until 11am.", NYE,
     [("11am", "2023-12-31T11:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), SMALL_HOURS)
def test_a_small_hours_end_after_an_evening_start(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- a shift's four-digit start takes the day its end names --------------------------------
HHMM_DAY = [
    ("The level crossing is closed 0600 to 1800 on Sunday.", WED,
     [("0600", "2023-03-12T06:00"), ("1800 on Sunday", "2023-03-12T18:00")]),
    ("Lane closures will run from 0730 to 1530 on Saturday for resurfacing.", WED,
     [("0730", "2023-03-11T07:30"), ("1530 on Saturday", "2023-03-11T15:30")]),
    ("Water will be off 0800 to 1600 on Monday in the north ward.", WED,
     [("0800", "2023-03-13T08:00"), ("1600 on Monday", "2023-03-13T16:00")]),
    # must stay: no day named after the end
    ("The level crossing is closed 0600 to 1800 for repairs.", WED,
     [("0600", "2023-03-08T06:00"), ("1800", "2023-03-08T18:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), HHMM_DAY)
def test_a_four_digit_start_on_its_ends_day(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)

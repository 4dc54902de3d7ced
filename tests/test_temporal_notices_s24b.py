"""Session 24's second round of days and clock times in notices, alerts and chat, found on the
tune halves of its blind batches: the end of a clock range on its start's day, a notice's
return to normal hours ahead, a weekday's bare day number listed before the day that names
the month, a chat's weekday abbreviation after a clock time before a link word, and a
weekday range's end with its point. Every sentence is written for this project, in British,
Irish, Australian, Canadian, Indian and US styles; each table holds cases that fail on the code
before the round and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

THU = date(2025, 4, 17)  # Thursday; Good Friday 2025 is 18 April, Easter Monday 21 April
FRI = date(2023, 11, 10)  # Friday
SAT = date(2024, 5, 25)  # Saturday

# --- the end of a clock range takes the day its start names --------------------------------
RANGE_ENDS = [
    ("Swimming pool timetable: Good Friday 8am-1pm, closed Easter Sunday.", THU,
     [("Good Friday 8am", "2025-04-18T08:00"), ("1pm", "2025-04-18T13:00")]),
    ("Gallery hours: Easter Monday 11am to 3pm, then closed for the week.", THU,
     [("Easter Monday 11am", "2025-04-21T11:00"), ("3pm", "2025-04-21T15:00")]),
    ("Food bank collection, Anzac Day 10am-12pm, closed afterwards.", THU,
     [("Anzac Day 10am", "2025-04-25T10:00"), ("12pm", "2025-04-25T12:00")]),
    # past midnight: the end on the day after the start's
    ("Hall hire: Good Friday 8pm-1am, closed Easter Sunday.", THU,
     [("Good Friday 8pm", "2025-04-18T20:00"), ("1am", "2025-04-19T01:00")]),
    # must stay: a range with its day already, a bare range, a day after its range
    ("Pool: Saturday 10am-4pm, closed Sunday.", THU,
     [("Saturday 10am", "2025-04-12T10:00"), ("4pm", "2025-04-12T16:00")]),
    ("Trading runs 9:30 a.m. ET to 4 p.m.", THU, [("9:30 a.m. ET", "2025-04-17T09:30"),
                                                  ("4 p.m.", "2025-04-17T16:00")]),
    ("The desk is staffed 9am-5pm.", THU, [("9am", "2025-04-17T09:00"),
                                           ("5pm", "2025-04-17T17:00")]),
    ("Roadworks from 10am until 4pm on Sunday.", THU, [("10am", "2025-04-20T10:00"),
                                                     ("4pm on Sunday", "2025-04-20T16:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), RANGE_ENDS)
def test_a_clock_range_ends_on_its_starts_day(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- a notice's return to its usual hours or service: the day ahead -------------------------
RESUMES = [
    ("Leisure centre: closed Easter Sunday, normal hours from Tues.", THU, "Tues",
     ("DATE", "2025-04-22")),
    ("Post office shut Good Friday, usual service resumes on Tuesday.", THU, "Tuesday",
     ("DATE", "2025-04-22")),
    ("Clinic closed for the bank holiday, reopening Monday.", THU, "Monday",
     ("DATE", "2025-04-21")),
    ("Laundrette closed for repairs, back to normal Wednesday.", THU, "Wednesday",
     ("DATE", "2025-04-23")),
    ("Bin rounds delayed over Easter; normal collections from Tues.", THU, "Tues",
     ("DATE", "2025-04-22")),
    # must stay: a report of a return, a past reopening
    ("Services were back to normal on Monday, the council said.", THU, "Monday",
     ("DATE", "2025-04-14")),
    ("The bridge reopened on Monday after repairs.", THU, "Monday", ("DATE", "2025-04-14")),
    ("Trains returned to normal hours from Monday, the operator said.", THU, "Monday",
     ("DATE", "2025-04-14")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), RESUMES)
def test_a_return_to_normal_hours_looks_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- a weekday's bare day number listed before the day that names the month ----------------
LISTED_DAYS = [
    ("No ferries to Inishmore on Sat 25 & Sun 26 May due to maintenance.", date(2024, 5, 20),
     [("Sat 25", "2024-05-25"), ("Sun 26 May", "2024-05-26")]),
    ("The car park is closed Friday 3 and Saturday 4 October for the show.", date(2025, 5, 1),
     [("Friday 3", "2025-10-03"), ("Saturday 4 October", "2025-10-04")]),
    ("Lane closures Thurs 10, Fri 11 and Sat 12 July.", date(2025, 7, 1),
     [("Thurs 10", "2025-07-10"), ("Fri 11", "2025-07-11"), ("Sat 12 July", "2025-07-12")]),
    ("Road closed Friday 31 and Saturday 1 June.", date(2024, 5, 20),
     [("Friday 31", "2024-05-31"), ("Saturday 1 June", "2024-06-01")]),
    ("Tues 9th & Weds 10th July: no parking on Mill Lane.", date(2024, 6, 20),
     [("Tues 9th", "2024-07-09"), ("Weds 10th July", "2024-07-10")]),
    # must stay: a weekday before a count, a score, a day with its month
    ("On Friday 13 people were rescued from the cliffs.", date(2025, 5, 1),
     [("Friday", "2025-04-25")]),
    ("Saturday 3 and Sunday 2 goals is the tally.", date(2025, 5, 1),
     [("Saturday", "2025-04-26"), ("Sunday", "2025-04-27")]),
    ("Closed Mon 27 May for the bank holiday.", date(2024, 5, 20),
     [("Mon 27 May", "2024-05-27")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), LISTED_DAYS)
def test_a_listed_weekday_day_takes_the_month_named_after_it(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)
    assert len(found) == len(want), found


# --- a chat's lower-case "sat"/"sun"/"wed" after a clock time, before a link word ------------
CLOCK_THEN_DAY = [
    ("minibus goes at 6am sat so no late one fri pls", "6am sat", ("TIME", "2023-11-11T06:00")),
    ("ferry's 7am sun if anyone wants a lift to the terminal", "7am sun",
     ("TIME", "2023-11-12T07:00")),
    ("setting off 5am sat for the airport", "5am sat", ("TIME", "2023-11-11T05:00")),
    ("rehearsal 10am wed please be on time", "10am wed", ("TIME", "2023-11-15T10:00")),
    ("bus leaves 8am sun sharp, don't be late", "8am sun", ("TIME", "2023-11-12T08:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), CLOCK_THEN_DAY)
def test_a_clock_time_then_a_weekday_before_a_link_word(text, span, want) -> None:
    assert _found(text, FRI).get(span) == want


@pytest.mark.parametrize(("text", "span", "want"), [
    ("by 2pm sun and showers in the east", "2pm", ("TIME", "2023-11-10T14:00")),
    ("expect 3pm sun to break through the fog", "3pm", ("TIME", "2023-11-10T15:00")),
    ("clearing by 4pm, sun for most areas", "4pm", ("TIME", "2023-11-10T16:00")),
    ("by 1pm sun for all but the far north", "1pm", ("TIME", "2023-11-10T13:00")),
    ("we sat at 5am waiting for the doors", "5am", ("TIME", "2023-11-10T05:00")),
    ("the sun at 6am was gorgeous", "6am", ("TIME", "2023-11-10T06:00")),
])
def test_the_sun_and_the_verb_stay_out(text, span, want) -> None:
    found = _found(text, FRI)
    assert found.get(span) == want and len(found) == 1, found


# --- a weekday range's end with its point: read with its start -----------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("replacement buses next wk, mon-fri. sorry for the hassle",
     [("mon", "2015-03-02"), ("fri.", "2015-03-06")]),
    ("lifts out of action mon-thurs. please use the stairs",
     [("mon", "2015-03-02"), ("thurs.", "2015-03-05")]),
    # must stay: the range without a point
    ("lifts out of action mon-thurs, please use the stairs",
     [("mon", "2015-03-02"), ("thurs", "2015-03-05")]),
])
def test_a_weekday_range_end_with_its_point(text, want) -> None:
    found = _found(text, date(2015, 2, 27))
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)

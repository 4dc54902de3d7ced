"""Session 25, round 2, of a story's own time: "By/until/from the <weekday>" after a day the
story named is of the story's week; a month with no year in a pluperfect, in a story told in
an earlier year, is the last such month on or before the date under discussion; a past clock
time in the first sentence after an undated subhead falls on the past day the section before
named, and one after a look-back day told aside ("... opened the previous Thursday.") stays on
the story's day. Every text is written for this project; each table holds cases that fail on
the code before the round and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _values(text: str, dct: date) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m in tag_text(text, dct):
        found.setdefault(m.text, []).append(m.value)
    return found


# Friday 20 June 2025.
FRI = date(2025, 6, 20)
# Tuesday 6 February 2024.
TUE = date(2024, 2, 6)
# Tuesday 10 September 2024.
SEP = date(2024, 9, 10)
# Saturday 20 March 2021.
SAT = date(2021, 3, 20)

# --- "By/until/from the <weekday>": the story's week ---------------------------------------------
STORY_WEEK_PREPOSITIONS = [
    ("A water main burst under the high street on Monday, June 2. By the Thursday, traders "
     "had reopened.", FRI, [("the Thursday", "2025-06-05")]),
    ("The museum shut its doors on Tuesday, June 3, after a roof leak. The galleries stayed "
     "closed until the Saturday.", FRI, [("the Saturday", "2025-06-07")]),
    ("Drivers walked out on Monday, June 9. From the Wednesday, the depot ran a reduced "
     "timetable.", FRI, [("the Wednesday", "2025-06-11")]),
    ("The week of 2 June: repairs\n\nCrews worked on the bridge until the Friday, the council "
     "said.", FRI, [("The week of 2 June", "2025-W23"), ("the Friday", "2025-06-06")]),
    ("The ferry sank at its mooring on Sunday, June 1. Till the Tuesday, divers searched the "
     "hull.", FRI, [("the Tuesday", "2025-06-03")]),
    # must stay: no day named before, a bare weekday, "the" not before a mark
    ("The road stayed shut until the Thursday.", FRI, [("the Thursday", "2025-06-19")]),
    ("A water main burst on Monday, June 2. By Friday, traders had reopened.", FRI,
     [("Friday", "2025-06-20")]),
    ("A water main burst on Monday, June 2. Traders were hit by the Friday closures too.", FRI,
     [("Friday", "2025-06-20")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_WEEK_PREPOSITIONS)
def test_weekdays_after_a_preposition_of_the_story_week(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)


# --- a pluperfect month in a story told in an earlier year --------------------------------------
PLUPERFECT_MONTHS = [
    ("The depot burned down on 3 March 2019. Hale was charged a week later. He had been "
     "sacked in October after a row over pay.", TUE, [("October", "2018-10")]),
    ("The trawler sank in May 2017 off the cape. Its owner had sold the insurance policy in "
     "November.", TUE, [("November", "2016-11")]),
    ("The flood hit the town on 20 November 2020. The warden had been warned in October that "
     "the levee was weak.", TUE, [("October", "2020-10")]),
    ("The mine closed on 12 June 2016.\n\nThe warnings\n\nInspectors had flagged the shaft in "
     "March.", TUE, [("March", "2016-03")]),
    # must stay: a story about the publication year, a simple past, no story date before
    ("The plant shut on 2 August 2024. It had lost its main client in March.", SEP,
     [("March", "2024-03")]),
    ("The trawler sank in May 2017 off the cape. Its owner sold the yard in November.", TUE,
     [("November", "2023-11")]),
    ("He had been sacked in October, the court heard.", TUE, [("October", "2023-10")]),
    ("The club won the shield on Saturday. Coach Ann Rees, who took over in March 2016, said "
     "the squad had practised twice a week since September.", date(2019, 10, 14),
     [("September", "2019-09")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), PLUPERFECT_MONTHS)
def test_pluperfect_months_of_an_earlier_story(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)


# --- clock times on the story's day: after an undated subhead, after a day told aside ----------
KAYAK = ("Missing kayaker: what we know\n\n"
         "Coastguards today widened the search for a kayaker who launched from Porth Beach on "
         "Sunday 7 March. Here is what we know.\n\n"
         "The launch\n\n"
         "She paddled out from the slipway at about 9am, telling friends she would be back by "
         "lunch.")
BLACKOUT = ("Harbour blackout: a timeline\n\n"
            "March 8: the outage\n\n"
            "At 1:40 a.m., a substation tripped. Engineers later linked the fault to a cable "
            "damaged by a digger the previous Thursday. By 5 a.m., half the town had no power.")

STORY_CLOCKS = [
    (KAYAK, SAT, [("Sunday 7 March", "2021-03-07"), ("about 9am", "2021-03-07T09:00")]),
    (KAYAK.replace("The launch", "The start"), SAT, [("about 9am", "2021-03-07T09:00")]),
    (BLACKOUT, SAT, [("1:40 a.m.", "2021-03-08T01:40"), ("the previous Thursday", "2021-03-04"),
                     ("5 a.m.", "2021-03-08T05:00")]),
    ("The ferry broke down off the point on Monday, March 8. Divers blamed a rope that had "
     "fouled the propeller the previous Friday. At 3 p.m., tugs towed it to port.", SAT,
     [("the previous Friday", "2021-03-05"), ("3 p.m.", "2021-03-08T15:00")]),
    # must stay: a future or today's clock after a subhead, a look-back day opening its
    # sentence, a subhead far from the day
    (KAYAK.replace("She paddled out from the slipway at about 9am",
                   "Lifeboats will resume at about 9am"), SAT,
     [("about 9am", "2021-03-20T09:00")]),
    (KAYAK.replace("She paddled out from the slipway at about 9am",
                   "Coastguards said at about 9am today"), SAT,
     [("about 9am today", "2021-03-20T09:00")]),
    ("March 8: the outage\n\nAt 1:40 a.m., a substation tripped. The previous Thursday, a "
     "digger had cut a cable. At 5 p.m., crews dug it up.", SAT,
     [("5 p.m.", "2021-03-04T17:00")]),
    ("Coastguards widened the search for a kayaker who launched on Sunday 7 March. Friends "
     "raised the alarm. Boats went out. Helicopters joined them. Here is what we know.\n\n"
     "The launch\n\nShe paddled out at about 9am.", SAT, [("about 9am", "2021-03-20T09:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_CLOCKS)
def test_clock_times_on_the_story_day(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)

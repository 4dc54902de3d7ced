"""Session 26's days, weeks and years of news stories (local news, wire copy, world news),
found on the tune half of its blind batches: a journey "through" a place is no state's end, a
verb's object in -s after a gerund and its determiner is a noun, a weekday after "falls on a"
is a kind of day, a count of decades or centuries from a day is a year, and a day and month
with no year told in the past right after a full date of an earlier year takes that year.
Every sentence is written for this project; each table holds cases that fail on the code
before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


# Sunday 9 March 2025, Wednesday 12 March 2025, Thursday 20 November 2014.
SUN = date(2025, 3, 9)
WED = date(2025, 3, 12)
THU = date(2014, 11, 20)

# --- "through" a place, then "on <weekday>": the verb before it tells the tense ----------------
THROUGH_A_PLACE = [
    ("Thousands of farmers marched through the old town on Saturday against a plan to tax "
     "diesel.", SUN, [("Saturday", "2025-03-08")]),
    ("About 5,000 cyclists pedalled through the city centre on Saturday against a plan to close "
     "the river path.", SUN, [("Saturday", "2025-03-08")]),
    ("Students marched through Kellerton on Friday, and the senate will debate their demands "
     "next month.", WED, [("Friday", "2025-03-07")]),
    ("Pickets walked through the depot on Monday ahead of a ballot to extend the strike.",
     WED, [("Monday", "2025-03-10")]),
    # must stay: a state up to a day, a future through a place
    ("The border crossing remained closed through Friday. Lorries queued for miles.",
     WED, [("Friday", "2025-03-07")]),
    ("The ring road will stay closed through Sunday.", WED, [("Sunday", "2025-03-16")]),
    ("The parade will wind through the harbour district on Saturday.",
     WED, [("Saturday", "2025-03-15")]),
    ("Pilgrims walked on Tuesday.", WED, [("Tuesday", "2025-03-11")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), THROUGH_A_PLACE)
def test_through_a_place_is_no_state_end(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- a gerund's object: "posting its weekly flu reports" holds no verb ------------------------
GERUND_OBJECTS = [
    ("The ministry will start publishing its monthly crime reports online Friday.",
     WED, [("Friday", "2025-03-14")]),
    ("The council will begin posting the weekly water quality reports on its website Monday.",
     WED, [("Monday", "2025-03-17")]),
    ("The agency will stop releasing its daily traffic forecasts Thursday.",
     WED, [("Thursday", "2025-03-13")]),
    # must stay: a subject and its verb in -s, a past clause
    ("The company reports results Thursday.", WED, [("Thursday", "2025-03-13")]),
    ("The ministry began publishing its monthly crime reports online on Friday.",
     WED, [("Friday", "2025-03-07")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), GERUND_OBJECTS)
def test_a_gerunds_object_is_no_verb(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- "falls on a Saturday": a kind of day, no date -------------------------------------------
@pytest.mark.parametrize("text", [
    "Because Anzac Day falls on a Sunday this year, the public holiday moves to Monday.",
    "The anniversary fell on a Friday, so the memorial was held a day early.",
    "When the holiday falls on a Wednesday, many workers take the whole week off.",
    "Christmas Eve falls on a Tuesday, which means a four-day weekend for some.",
])
def test_falls_on_a_weekday_is_no_date(text) -> None:
    found = _found(text, WED)
    for day in ("Sunday", "Friday", "Wednesday", "Tuesday"):
        assert day not in found, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # must stay: a day it falls on, named
    ("The anniversary falls on Friday.", "Friday", "2025-03-14"),
    ("The vote falls on a day when Parliament sits, on Tuesday.", "Tuesday", "2025-03-18"),
    ("The holiday falls on a Tuesday in 2026.", "2026", "2026"),
])
def test_a_day_it_falls_on_stays(text, span, value) -> None:
    assert _found(text, WED).get(span, (None, None))[1] == value


# --- a count of decades or centuries after a day: a year --------------------------------------
YEARS_FROM_A_DAY = [
    ("The lighthouse was lit for the first time on 3 June 1902. A century later, it was "
     "automated.", WED, [("A century later", "2002")]),
    ("The chapel was consecrated on April 9, 1931. Five decades later, the roof fell in.",
     WED, [("Five decades later", "1981")]),
    ("The dam burst on 12 January 1955. Two centuries earlier, a mill stood on the site.",
     WED, [("Two centuries earlier", "1755")]),
    # must stay: a year or a day from a day, a century from a year
    ("The quay opened on 3 June 1902. A year later, the railway arrived.",
     WED, [("A year later", "1903-06-03")]),
    ("The quay opened on 3 June 1902. Two days later, it flooded.",
     WED, [("Two days later", "1902-06-05")]),
    ("The quay opened in 1902. A century later, it closed.", WED, [("A century later", "2002")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), YEARS_FROM_A_DAY)
def test_decades_and_centuries_from_a_day_are_a_year(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- a day and month with no year, in the past, after a full date of an earlier year ----------
STORY_YEAR_DAYS = [
    ("The schooner left Hobart on 2 March 1874. She was sighted off the cape on 9 March.",
     WED, [("9 March", "1874-03-09")]),
    ("The strike began on Sept. 14, 1962. Talks broke down a week later. The men went back "
     "to work on Nov. 2.", WED, [("Nov. 2", "1962-11-02")]),
    ("The fire started on the night of 11 February 1921, and by morning the mill was gone. "
     "The last wall was pulled down on 17 February.", WED, [("17 February", "1921-02-17")]),
    # must stay: the publication year's story, a day ahead, a present, too far on
    ("The flood came on 2 March 2025. Crews cleared the road on 9 March.",
     date(2025, 3, 20), [("9 March", "2025-03-09")]),
    ("The schooner left Hobart on 2 March 1874. A memorial will be unveiled on 15 March.",
     WED, [("15 March", "2025-03-15")]),
    ("The mill opened on 2 March 1874. The museum opens on 15 March.",
     WED, [("15 March", "2025-03-15")]),
    ("The mill opened on 2 March 1874. Its owners sold it in 1890. Visitors came on 15 March.",
     WED, [("15 March", "2025-03-15")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_YEAR_DAYS)
def test_a_past_day_takes_the_storys_year(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)

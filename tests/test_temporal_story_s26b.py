"""Session 26, round 2: which day a news story is on. A date after a record's clause with its
verb of witness ("the largest march the city has seen since the 1990s") bounds the record and
does not become the date under discussion; a past clause's "that weekend" after a day ahead
named in passing takes the weekend of the last past day named; a month with no year after a
completed act's past participle and "in" ("a pact signed in February", told in December) is
the last such month, even within two months ahead. Every sentence is written for this project;
each table holds cases that fail on the code before the session and same-shape cases that must
keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, str]:
    return {m.text: m.value for m in tag_text(text, dct)}


# Sunday 16 June 2013.
SUN = date(2013, 6, 16)

# --- a record's clause with a verb of witness before "since" ----------------------------------
RECORDS = [
    ("Farmers drove 2,000 tractors into the city on Saturday, in the largest rally the region "
     "has seen since the early 1980s.\n\nThe convoy left the ring road at 11 a.m.",
     [("the early 1980s", "198"), ("11 a.m.", "2013-06-15T11:00")]),
    ("Nurses walked out across the province on Saturday in the biggest strike the health "
     "service had witnessed since 1988. Pickets gathered outside the hospitals at 7 a.m.",
     [("1988", "1988"), ("7 a.m.", "2013-06-15T07:00")]),
    ("Hail fell on the town on Saturday, the heaviest storm ever recorded in the county since "
     "1961. Roofs were torn off at about 4 p.m.",
     [("1961", "1961"), ("about 4 p.m.", "2013-06-15T16:00")]),
    ("It was the worst drought the valley has known since 1976. Crops failed at the end of "
     "the year.", [("1976", "1976"), ("the end of the year", "2013")]),
    ("The lake froze on Saturday, the coldest night the island has experienced since the "
     "1950s. Ferries stopped running at 6 a.m.",
     [("the 1950s", "195"), ("6 a.m.", "2013-06-15T06:00")]),
    # must stay: a date the story is about still moves the discourse; the record forms of
    # session 12 keep their reading
    ("The mill was built in 1921. Its roof fell in at the end of the year.",
     [("1921", "1921"), ("the end of the year", "1921")]),
    ("The council has seen steady growth since 1998. By the end of the year it had 40 staff.",
     [("1998", "1998"), ("the end of the year", "1998")]),
    ("Herring catches are the lowest since 1972. Boats were idle at the start of the year.",
     [("1972", "1972"), ("the start of the year", "2013")]),
]


@pytest.mark.parametrize(("text", "want"), RECORDS)
def test_a_record_seen_since_bounds_no_story_date(text, want) -> None:
    found = _found(text, SUN)
    for span, value in want:
        assert found.get(span) == value, (span, found)


# Monday 13 August 2012.
MON = date(2012, 8, 13)

# --- "that weekend" in a past clause after a day ahead named in passing -----------------------
WEEKENDS = [
    ("Dozens of guests fell ill after a christening party, officials said on Monday. The "
     "party, held at a golf club on Saturday, August 4, drew 150 people. Samples went to a "
     "laboratory, with results expected on Thursday. The club hosted three other events that "
     "weekend, but no one else fell ill.", "that weekend", "2012-W31-WE"),
    ("A sailing regatta was cut short on Sunday, July 29, after a squall capsized six boats. "
     "An inquiry will report on Friday. Two other clubs raced that weekend without trouble.",
     "that weekend", "2012-W30-WE"),
    ("The fair opened on Friday, August 3, and closed early after a power cut. Engineers will "
     "inspect the cables on Wednesday. Traders lost most of their takings that week.",
     "that week", "2012-W31"),
    # must stay: a future clause, or no day ahead named since the past day
    ("The fair opened on Friday, August 3. Three bands played that weekend.",
     "that weekend", "2012-W31-WE"),
    ("Engineers will inspect the cables on Wednesday. The club will hold two events that "
     "weekend.", "that weekend", "2012-W33-WE"),
    ("A regatta is planned for Saturday, August 18. Crews will train hard that week.",
     "that week", "2012-W33"),
]


@pytest.mark.parametrize(("text", "span", "value"), WEEKENDS)
def test_a_past_clause_weekend_after_a_day_ahead(text, span, value) -> None:
    found = _found(text, MON)
    assert found.get(span) == value, (span, found)


# Friday 18 December 1992.
FRI = date(1992, 12, 18)

# --- a month after a completed act's past participle and "in" ---------------------------------
MONTHS = [
    ("A temporary truce brokered in Vienna in February runs out on Dec. 31.", "February",
     "1992-02"),
    ("The quota deal, ratified in January, lapses at the end of the month.", "January",
     "1992-01"),
    ("The toll bridge was opened in January and has carried 2 million cars.", "January",
     "1992-01"),
    ("A fishing pact signed in February has been extended, officials said.", "February",
     "1992-02"),
    ("The new ferry terminal, inaugurated in January, handled its millionth passenger.",
     "January", "1992-01"),
    # must stay: a plan ahead, a verb of saying, a future after the month, a past tense
    # further away, "since"
    ("The treaty is to be signed in February.", "February", "1993-02"),
    ("A new terminal will be opened in January.", "January", "1993-01"),
    ("He said in February that prices would fall.", "February", "1993-02"),
    ("The assembly elected in February will sit for four years.", "February", "1993-02"),
    ("A fishing pact signed in February will be renegotiated.", "February", "1993-02"),
    ("A truce agreed in March ends on Dec. 31.", "March", "1992-03"),
    ("Tolls have risen since January.", "January", "1992-01"),
]


@pytest.mark.parametrize(("text", "span", "value"), MONTHS)
def test_a_completed_acts_month_is_the_last(text, span, value) -> None:
    found = _found(text, FRI)
    assert found.get(span) == value, (span, found)


# Friday 20 September 2019.
FRI19 = date(2019, 9, 20)

# --- a bare clock time in the relative clause of an event's start, named earlier with its day -
EVENT_CLOCKS = [
    ("The Riverside Fair will open on Tuesday for the holiday, with a baking contest and a "
     "brass band. More visitors are expected because many workers will take Monday off too. "
     "Ten bakers have entered the baking contest, which starts at 10am. The judges will name "
     "the winner at about 1pm.",
     [("10am", "2019-09-24T10:00"), ("about 1pm", "2019-09-24T13:00")]),
    ("A charity auction will be held at the town hall on Thursday. Volunteers will set up the "
     "hall on Wednesday. The auction, which begins at 7 p.m., has 60 lots.",
     [("7 p.m.", "2019-09-26T19:00")]),
    # must stay: no event named before with its day, or a past day
    ("Volunteers will set up the hall on Wednesday. The auction, which begins at 7 p.m., has "
     "60 lots.", [("7 p.m.", "2019-09-25T19:00")]),
    ("A charity auction was held at the town hall on Monday. The auction, which began at 7 "
     "p.m., raised 4,000 pounds.", [("7 p.m.", "2019-09-16T19:00")]),
]


@pytest.mark.parametrize(("text", "want"), EVENT_CLOCKS)
def test_an_events_clock_time_falls_on_its_day(text, want) -> None:
    found = _found(text, FRI19)
    for span, value in want:
        assert found.get(span) == value, (span, found)

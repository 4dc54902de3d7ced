"""Session 24's tense reader: whether an untensed weekday, month or date lies ahead of the
publication date or behind it. Every sentence is written for this project. Each table holds
cases that fail on the code before the session and same-shape cases that must keep their
reading (past reports, "said Friday", habits, headlines)."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

THU = date(2024, 5, 9)  # Thursday 9 May 2024
WED = date(2024, 5, 15)  # Wednesday 15 May 2024
MON = date(2024, 5, 13)  # Monday 13 May 2024
DEC = date(2024, 12, 11)  # Wednesday 11 December 2024

# --- a word that is a noun where it stands is not the clause's verb ------------------------
NOUNS_NOT_VERBS = [
    # a count that is an object: "head", "starts", "visits" are nouns
    ("The farmer said she had driven 150 head of sheep to higher ground on Monday.", THU,
     "Monday", ("DATE", "2024-05-06")),
    ("Rangers shifted 300 head of cattle off the flooded plain on Tuesday.", THU,
     "Tuesday", ("DATE", "2024-05-07")),
    ("The winger scored nine goals in 14 starts for the club in March.", DEC,
     "March", ("DATE", "2024-03")),
    ("The clinic recorded 12 visits from inspectors in August.", DEC,
     "August", ("DATE", "2024-08")),
    # after a preposition
    ("Inflation eased, in line with forecasts, in July.", DEC, "July", ("DATE", "2024-07")),
    ("Factory output fell well short of forecasts in June.", DEC, "June", ("DATE", "2024-06")),
    # after a determiner, a possessive or a quantifier of many
    ("Officials cancelled those visits in March.", DEC, "March", ("DATE", "2024-03")),
    ("Sterling slid after the central bank's forecasts in September.", DEC,
     "September", ("DATE", "2024-09")),
    ("The treasury issued several forecasts in June.", DEC, "June", ("DATE", "2024-06")),
    # must stay: a subject before the verb (a name in apposition, a group, a year)
    ("Jones, 45, heads to court on Tuesday.", THU, "Tuesday", ("DATE", "2024-05-14")),
    ("The gallery, built in 1890, reopens in the spring after a refit, and its new wing "
     "opens on Saturday.", THU, "Saturday", ("DATE", "2024-05-11")),
    ("The top 16 meet in the knockout rounds in Paris on Saturday.", THU,
     "Saturday", ("DATE", "2024-05-11")),
    ("Many expect the bank to cut rates in September.", DEC,
     "September", ("DATE", "2025-09")),
    ("Police said the man was arrested on Tuesday.", THU, "Tuesday", ("DATE", "2024-05-07")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), NOUNS_NOT_VERBS)
def test_a_noun_in_its_place_is_no_verb(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- the present of a calendar verb: the month, weekday or date lies ahead -----------------
CALENDAR_PRESENTS = [
    ("Profit will rise in the company's financial year, which ends in March.", WED,
     "March", ("DATE", "2025-03")),
    ("The tax year ends on April 5.", WED, "April 5", ("DATE", "2025-04-05")),
    ("Her work visa expires in April, her lawyer said.", WED, "April", ("DATE", "2025-04")),
    ("The ceasefire lapses in April unless both sides extend it.", WED,
     "April", ("DATE", "2025-04")),
    ("The council's loan matures in March.", WED, "March", ("DATE", "2025-03")),
    ("The final payment is due in April.", WED, "April", ("DATE", "2025-04")),
    ("Ticket sales for the season, which starts in April, opened last week.", WED,
     "April", ("DATE", "2025-04")),
    ("Villagers unveiled a plaque for the anniversary of the flood, which falls on Sunday.",
     WED, "Sunday", ("DATE", "2024-05-19")),
    ("The lodge hired extra staff for the holiday, which falls in April.", WED,
     "April", ("DATE", "2025-04")),
    # must stay: a habit, a past, a report, a change, a recurring day
    ("The market usually closes in April.", WED, "April", ("DATE", "2024-04")),
    ("The fair closes in April every year.", WED, "April", ("DATE", "2024-04")),
    ("The fair closed in April.", WED, "April", ("DATE", "2024-04")),
    ("The survey says prices rose in April.", WED, "April", ("DATE", "2024-04")),
    ("The report shows exports fell in March.", WED, "March", ("DATE", "2024-03")),
    ("The index falls on Monday after weak data from China, traders said.", WED,
     "Monday", ("DATE", "2024-05-13")),
    ("The office closes at 5pm on Fridays.", WED, "Fridays", ("SET", "XXXX-WXX-5")),
    # must stay: a timeline tells past days in the present; a verb of starting names a
    # schedule only in a relative clause, and a calendar verb only right before the date (the
    # read of Timeline17 after the merge sent these a year ahead)
    ("3 April: the agency begins an inquiry. 2 May: repair crews start work. The second crew "
     "starts on 6 May.", WED, "6 May", ("DATE", "2024-05-06")),
    ("1 April: the first ban begins. 2 May: a new barrier brings relief to the coast.", WED,
     "2 May", ("DATE", "2024-05-02")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), CALENDAR_PRESENTS)
def test_a_calendar_present_looks_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


def test_a_relative_that_before_a_calendar_verb() -> None:
    # "that" before a form in -s leads a relative clause, no determiner
    found = _found("The agency relies on the budget for the fiscal year that begins June 1, "
                   "which ministers sent to parliament last week.", date(2024, 9, 2))
    assert found.get("June 1") == ("DATE", "2025-06-01")


# --- a thing arranged for a day: ahead, whatever the tense that arranged it -----------------
ARRANGED_FOR = [
    ("The ferry company cancelled six sailings for Saturday because of the gale warning.",
     THU, "Saturday", ("DATE", "2024-05-11")),
    ("The cinema has put on an extra showing for Sunday afternoon.", THU,
     "Sunday afternoon", ("TIME", "2024-05-12TAF")),
    ("Several airlines scrapped their departures for Friday and Saturday.", THU,
     "Saturday", ("DATE", "2024-05-11")),
    ("Several airlines scrapped their departures for Friday and Saturday.", THU,
     "Friday", ("DATE", "2024-05-10")),
    ("The route was among the first cancellations for Tuesday.", MON,
     "Tuesday", ("DATE", "2024-05-14")),
    ("The bakery already had the cakes on order for Friday, the owner said.", THU,
     "Friday", ("DATE", "2024-05-10")),
    ("Sunday's derby at the old ground has already been postponed.", WED,
     "Sunday", ("DATE", "2024-05-19")),
    # must stay: a past report, a pluperfect, a past passive, "said Friday"
    ("Flights were cancelled on Friday.", MON, "Friday", ("DATE", "2024-05-10")),
    ("The airline had cancelled all its flights for Friday.", MON,
     "Friday", ("DATE", "2024-05-10")),
    ("Sunday's derby was postponed because of the storm.", WED,
     "Sunday", ("DATE", "2024-05-12")),
    ("The club said Friday that the match would go ahead.", MON,
     "Friday", ("DATE", "2024-05-10")),
    ("Police said the man was arrested on Tuesday.", THU, "Tuesday", ("DATE", "2024-05-07")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), ARRANGED_FOR)
def test_a_thing_arranged_for_a_day_lies_ahead(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- ", followed on <day> by": the clause before lends its future --------------------------
FOLLOWED_ON = [
    ("Retail sales figures are due at 0900 GMT, followed on Thursday by jobless claims.", WED,
     "Thursday", ("DATE", "2024-05-16")),
    ("The central bank will announce its decision at noon, followed on Friday by the "
     "inflation report.", WED, "Friday", ("DATE", "2024-05-17")),
    # must stay: a past series
    ("Heavy rain fell on Monday, followed on Tuesday by hail.", WED,
     "Tuesday", ("DATE", "2024-05-14")),
    ("The minister resigned, followed on Monday by two aides.", WED,
     "Monday", ("DATE", "2024-05-13")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), FOLLOWED_ON)
def test_a_sequel_takes_the_tense_before_it(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want

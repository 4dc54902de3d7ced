"""News of other English varieties, session 15 round 2: a numbered building of an estate
("Block 1903", "Tower 2001") is no year; a year after "in" next to such a word stays one.
"the" and a weekday before a newspaper's last word name the paper ("the Sunday Crier")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

NUMBERED_BUILDINGS = [
    "Block 1903 in Ravel Heights will get new lifts.",
    "Residents of Tower 2001 complained about the water pressure.",
    "Blk 1987 on Sunvale Road was repainted.",
    "Cleaners at Building 1950 of the Marrow campus went on strike.",
    "The lifts in block 1999 of the Cheswick estate broke down.",
]

YEARS_STAY = [
    ("The estate was built in 1903 and its tower was repainted.", "1903"),
    ("Building work at Orrin Quay stopped in 1995.", "1995"),
    ("The block was sold in 2001 to a Fenwick trust.", "2001"),
]


@pytest.mark.parametrize("text", NUMBERED_BUILDINGS)
def test_numbered_buildings_are_no_years(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "year"), YEARS_STAY)
def test_years_near_building_words_stay(text: str, year: str) -> None:
    assert (year, year) in [(m.text, m.value) for m in tag_text(text, DCT)]


NEWSPAPERS = [
    "Subscribers to the Sunday Courier fell by a third in Dunmore.",
    "Readers of the Sunday Bugle raised £9,000 for the Elmsby food bank.",
    "The Saturday Ledger's editor stepped down after the row.",
    "She told the Monday Gazette that the Farrow plan was dead.",
    "A columnist for the Thursday Clarion, Ines Vell, won the prize.",
]

WEEKDAYS_STAY = [
    ("The fixtures were moved to the Saturday, Ledger said.", "Saturday", "2024-03-09"),
    ("Ministers met on the Tuesday Parliament rose.", "Tuesday", "2024-03-12"),
]


@pytest.mark.parametrize("text", NEWSPAPERS)
def test_weekday_newspapers_are_names(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if m.text.endswith("day")] == []


@pytest.mark.parametrize(("text", "span", "value"), WEEKDAYS_STAY)
def test_weekdays_before_other_words_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


# Wednesday 13 March 2024: a weekday after "would"/"could" ending a stretch of clock times lies
# ahead; a fixture's start in the present of other codes' words too. Bare, "would ... 6 a.m.
# Monday" keeps the news default (the last one), as `test_temporal_modal_weekday_forms.py`
# pins. (An open condition after the weekday, "would strike Friday if the offer is not
# improved", was tried and withdrawn in session 15: it lowered Timeline17's check half.)
PLANNED_HOURS = [
    ("The water board said the supply in Hesketh Row would be off from 9am to 3pm on Friday.",
     "3pm on Friday", "2024-03-15T15:00"),
    ("Ballyvane meet Corrig in a league final that throws in at 7.30pm on Saturday.",
     "7.30pm on Saturday",
     "2024-03-16T19:30"),
    ("The game tips off at 8 p.m. Friday at the Marlow Arena.", "8 p.m. Friday",
     "2024-03-15T20:00"),
]

PAST_HOURS_STAY = [
    ("Officials said the Brellin bridge could reopen at 6 p.m. Sunday.", "6 p.m. Sunday",
     "2024-03-10T18:00"),
    ("The Esk ferry would have sailed Friday if the gale had eased.", "Friday", "2024-03-08"),
    ("Power in Hesketh Row was off from 9am to 3pm on Friday.", "3pm on Friday",
     "2024-03-08T15:00"),
    ("The drivers stopped work at 12:01 a.m. Monday at the Calloway depot.", "12:01 a.m. Monday",
     "2024-03-11T00:01"),
    ("The ferry sailed at 9 a.m. on Monday from Port Ilsey.", "9 a.m. on Monday",
     "2024-03-11T09:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), PLANNED_HOURS + PAST_HOURS_STAY)
def test_planned_hours_on_weekdays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


# Friday 10 November 2023: India's compact fiscal quarter, one token, valued as "Q3 FY2024" is
# (the quarter of the fiscal year named, as the FY convention writes it).
COMPACT_FISCAL_QUARTERS = [
    ("Bhandar Textiles reported its Q2FY24 results on Tuesday.", "Q2FY24", "2024-Q2"),
    ("Margins at the Kolvar plant rose in Q4FY2023.", "Q4FY2023", "2023-Q4"),
    ("Analysts expect Q3FY25 orders to beat last year's.", "Q3FY25", "2025-Q3"),
]


@pytest.mark.parametrize(("text", "span", "value"), COMPACT_FISCAL_QUARTERS)
def test_compact_fiscal_quarters(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, date(2023, 11, 10))]


# Monday 2 June 2025: a capitalised weekday abbreviation with its point before "and"/"or" and
# another weekday, as US wire copy writes a pair, is the day; a lower-case "wed." is the verb.
POINTED_PAIRS = [
    ("The Tarrow library will stay open late Wed. and Thurs.", "Wed.", "2025-06-04"),
    ("Crews will resurface Elm Lane Sat. or Sun., weather permitting.", "Sat.", "2025-06-07"),
    ("Crews will resurface Elm Lane Sat. or Sun., weather permitting.", "Sun.", "2025-06-08"),
    ("The Orland clinic will offer flu shots Tues. and Wed.", "Wed", "2025-06-04"),
]

POINTED_VERBS = [
    "The two will wed. And then they will sail to Corfu.",
    "They will wed. and honeymoon in Ravello.",
]


@pytest.mark.parametrize(("text", "span", "value"), POINTED_PAIRS)
def test_pointed_weekday_pairs(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, date(2025, 6, 2))]


@pytest.mark.parametrize("text", POINTED_VERBS)
def test_pointed_verbs_stay_verbs(text: str) -> None:
    assert tag_text(text, date(2025, 6, 2)) == []

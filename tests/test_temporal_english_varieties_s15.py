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

"""Holidays: fixed ones, Easter-based ones, countries' movable ones and those of other
calendars, in a named year or the one nearest the publication date (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal.holidays import holiday_date

WED = date(2024, 3, 13)

CASES = [
    # Easter-based
    ("Churches were full on Easter Sunday 2023.", "Easter Sunday 2023", "2023-04-09"),
    ("Shops close on Good Friday.", "Good Friday", "2024-03-29"),
    ("The ferry runs again after Easter Monday.", "Easter Monday", "2024-04-01"),
    ("Markets shut for Whit Monday, 2025.", "Whit Monday, 2025", "2025-06-09"),
    # a country's movable holidays
    ("Turkey prices rose before Thanksgiving 2022.", "Thanksgiving 2022", "2022-11-24"),
    ("Parades are planned for Memorial Day 2024.", "Memorial Day 2024", "2024-05-27"),
    ("The strike began on Labor Day, 2023.", "Labor Day, 2023", "2023-09-04"),
    ("Florists will be busy on Mother's Day.", "Mother's Day", "2024-05-12"),
    ("Cards sold out before Mothering Sunday.", "Mothering Sunday", "2024-03-10"),
    ("Sales began on Black Friday 2021.", "Black Friday 2021", "2021-11-26"),
    # other calendars
    ("The ceasefire held through Ramadan 2024.", "Ramadan 2024", "2024-03-11"),
    ("Families gathered for Eid al-Fitr 2024.", "Eid al-Fitr 2024", "2024-04-10"),
    ("Prices of sheep climb before Eid al-Adha 2024.", "Eid al-Adha 2024", "2024-06-16"),
    ("Candles were lit for Hanukkah 2024.", "Hanukkah 2024", "2024-12-26"),
    ("Offices closed for Yom Kippur 2024.", "Yom Kippur 2024", "2024-10-12"),
    ("Fireworks marked Diwali 2024.", "Diwali 2024", "2024-10-31"),
    ("Travel peaks around Chinese New Year 2024.", "Chinese New Year 2024", "2024-02-10"),
    ("Lunar New Year 2025 fell on a Wednesday.", "Lunar New Year 2025", "2025-01-29"),
    # no year: the nearest to the publication date, the tense, last/next
    ("Rail works will finish by Easter.", "Easter", "2024-03-31"),
    ("Markets slowed after Chinese New Year.", "Chinese New Year", "2024-02-10"),
    ("The talks stalled last Christmas.", "last Christmas", "2023-12-25"),
    ("The shop reopens next Thanksgiving.", "next Thanksgiving", "2024-11-28"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_holiday(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


def test_without_a_publication_date_a_fixed_holiday_keeps_its_day() -> None:
    assert mention("Lights go up for Christmas.", "Christmas", dct=None).value == "XXXX-12-25"


def test_a_holiday_outside_the_calendars_range_is_no_date() -> None:
    assert holiday_date("ramadan", 2500) is None


def test_the_explanation_says_where_the_date_comes_from() -> None:
    m = mention("Families gathered for Eid al-Fitr 2024.", "Eid al-Fitr 2024", dct=WED)
    assert "Islamic" in m.explanation

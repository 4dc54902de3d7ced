"""Session 25's phrasings, found on the tune half of its blind batch: fractions of large units
counted back or on, chat's "monday gone" and "a week from fri", Nigerian "next tomorrow",
countries' holidays from the ``holidays`` library (with a state or a country named for the
sovereign's birthday weekend), and a spring of water. Every sentence is written for this
project; each table holds cases that fail on the code before the session and near-misses that
must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Wednesday 13 March 2024, Friday 10 November 2023, Monday 2 June 2025.
WED = date(2024, 3, 13)
FRI = date(2023, 11, 10)
MON = date(2025, 6, 2)

# --- fractions of a decade or a century back or on: a year; of a year: a month -------------
FRACTIONS = [
    ("The lighthouse keeper left half a century ago.", WED,
     "half a century ago", ("DATE", "1974")),
    ("The pier collapsed a quarter of a century ago.", WED,
     "a quarter of a century ago", ("DATE", "1999")),
    ("The abbey was restored a half-century ago.", FRI,
     "a half-century ago", ("DATE", "1973")),
    ("The canal was dug three quarters of a century ago.", FRI,
     "three quarters of a century ago", ("DATE", "1948")),
    ("The ferry stopped running a decade and a half ago.", WED,
     "a decade and a half ago", ("DATE", "2009")),
    ("Two and a half decades ago the square was a car park.", MON,
     "Two and a half decades ago", ("DATE", "2000")),
    ("The new stand should open a year and a half from now.", MON,
     "a year and a half from now", ("DATE", "2026-12")),
    ("The quarry closed a year and a half ago.", WED,
     "a year and a half ago", ("DATE", "2022-09")),
    ("The tunnel may be finished a decade and a half from now.", FRI,
     "a decade and a half from now", ("DATE", "2038")),
    # must stay: whole units, a year's fraction, lengths with no direction or from a time named
    ("The chapel burned down a century ago.", WED, "a century ago", ("DATE", "1924")),
    ("The mill shut two and a half years ago.", WED,
     "two and a half years ago", ("DATE", "2021-09")),
    ("The strike lasted a year and a half.", WED, "a year and a half", ("DURATION", "P1Y6M")),
    ("It stood empty for a quarter of a century.", WED,
     "a quarter of a century", ("DURATION", "P25Y")),
    ("The café opened in 2010. A year and a half later, it shut.", WED,
     "A year and a half", ("DURATION", "P1Y6M")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), FRACTIONS)
def test_fractions_of_large_units(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want, _found(text, dct)


# --- chat: a weekday gone, weeks from a weekday's abbreviation, "next tomorrow" -------------
CHAT = [
    ("the sat just gone was a washout tbh", FRI, "sat just gone", ("DATE", "2023-11-04")),
    ("monday gone we had no power all day", FRI, "monday gone", ("DATE", "2023-11-06")),
    ("Tuesday gone, the boiler packed in", FRI, "Tuesday gone", ("DATE", "2023-11-07")),
    ("a week from fri the pool reopens", WED, "a week from fri", ("DATE", "2024-03-22")),
    ("two weeks from thurs we move house!!", WED, "two weeks from thurs", ("DATE", "2024-03-28")),
    ("a fortnight from Tues is the exam", WED, "a fortnight from Tues", ("DATE", "2024-04-02")),
    ("we go travel next tomorrow, abeg pack early", MON, "next tomorrow", ("DATE", "2025-06-04")),
    ("Next tomorrow na the naming ceremony", MON, "Next tomorrow", ("DATE", "2025-06-04")),
    # must stay: the sun, "gone were", a comma between "next" and "tomorrow"
    ("by Monday gone were the crowds", FRI, "Monday", ("DATE", "2023-11-06")),
    ("Next, tomorrow we test the pumps.", MON, "tomorrow", ("DATE", "2025-06-03")),
    ("a week from friday the pool reopens", WED, "a week from friday", ("DATE", "2024-03-22")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), CHAT)
def test_chat_relative_forms(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want, _found(text, dct)


@pytest.mark.parametrize("text", [
    "the sun just gone behind a cloud",
    "two hours from sun up we were walking",
])
def test_the_sun_is_no_day(text) -> None:
    assert all(v[1][:4] != "2023" for v in _found(text, FRI).values()), _found(text, FRI)


# --- holidays of one country's calendar, the birthday weekend by the place named ------------
HOLIDAYS = [
    ("Rallies are planned in Abuja on Democracy Day.", MON, "Democracy Day",
     ("DATE", "2025-06-12")),
    ("Shops along Geylang will close early on Hari Raya Haji.", MON, "Hari Raya Haji",
     ("DATE", "2025-06-07")),
    ("Temples in Jaipur will be packed for Holi.", WED, "Holi", ("DATE", "2024-03-25")),
    ("melbourne cup day was sunny, won a tenner on the 3rd race", FRI, "melbourne cup day",
     ("DATE", "2023-11-07")),
    ("Hotels in Victoria expect a rush over the King's Birthday long weekend.", MON,
     "the King's Birthday long weekend", ("DATE", "2025-W23-WE")),
    ("Brisbane roads will be busy over the King's Birthday long weekend.", MON,
     "the King's Birthday long weekend", ("DATE", "2025-W40-WE")),
    ("Perth beaches will be packed for the King's Birthday long weekend.", MON,
     "the King's Birthday long weekend", ("DATE", "2025-W39-WE")),
    # must stay: an honours list is no holiday; Diwali keeps its calendar
    ("The market will shut for Diwali.", WED, "Diwali", ("DATE", "2024-10-31")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), HOLIDAYS)
def test_countries_holidays(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want, _found(text, dct)


def test_honours_list_is_no_holiday() -> None:
    assert _found("The coach was named in the King's Birthday Honours list.", MON) == {}


# --- a spring of water ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The spring near the old ford never runs dry.",
    "Hikers filled their flasks from the spring below the ridge.",
    "They drank straight from the spring.",
    "The spring where we swam is fenced off.",
    "goats drink at the spring down by the mill",
])
def test_a_spring_of_water(text) -> None:
    assert not any("spring" in k.lower() for k in _found(text, MON)), _found(text, MON)


SEASONS_KEPT = [
    ("The spring up north was cold.", "The spring", ("DATE", "2025-SP")),
    ("In the spring by the lake we camped.", "the spring", ("DATE", "2025-SP")),
    ("The spring of 2019 was wet.", "The spring of 2019", ("DATE", "2019-SP")),
    ("The spring by the time the vote came was over.", "The spring", ("DATE", "2025-SP")),
    ("Meltwater from the spring thaw flooded the lane.", "the spring", ("DATE", "2025-SP")),
]


@pytest.mark.parametrize(("text", "span", "want"), SEASONS_KEPT)
def test_seasons_stay(text, span, want) -> None:
    assert _found(text, MON).get(span) == want, _found(text, MON)

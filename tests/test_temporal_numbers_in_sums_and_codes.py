"""Four-digit numbers that are no year (session 10): beside an arithmetic sign or "mod"
("x * 2048", "2024 mod 7"), after a code's "is" ("the PIN is 1984", "the postcode was 2040"),
after "between"/"among" before a plural they count ("shared among 2012 winners"), after a
bill's label ("HR 2020", "bill 1999"). DCT Saturday 2022-05-07."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

COUNTS = [
    "y = 3.5 * 2048",
    "2030 mod 9 = 5",
    "total = 1999 + 42",
    "The PIN is 1984, the thief guessed.",
    "Her postcode was 2040 before the move.",
    "The jackpot was shared among 2012 winners.",
    "Seats were split between 1850 guests and the press.",
    "The bill, HR 2021, cleared the committee.",
    "Lawmakers passed bill 1999 unanimously.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_numbers_in_sums_and_codes_are_no_years(text: str) -> None:
    assert found(text) == []


YEARS = [
    ("Growth slowed between 2010 and 2012.", ("2010", "2010")),
    ("The gap between 2019 results and forecasts widened.", ("2019", "2019")),
    ("Prices rose in 2019, up 2 percent.", ("2019", "2019")),
    ("The code changed in 1984.", ("1984", "1984")),
]


@pytest.mark.parametrize("text,mention", YEARS)
def test_years_beside_them_stay(text: str, mention: tuple) -> None:
    assert mention in found(text)


MODELS = [
    "Her Peugeot 2008 failed its inspection in Tolland.",
    "He still plays Battlefield 1942 with his cousins.",
    "The BMW 2002 in the barn has no engine.",
    "Anno 1800 sold well among strategy fans.",
]


@pytest.mark.parametrize("text", MODELS)
def test_model_numbers_are_no_years(text: str) -> None:
    assert found(text) == []


def test_a_makers_report_keeps_its_year() -> None:
    assert ("2010", "2010") in found("Nokia 2010 results disappointed investors.")


#: Session 14: a function of maths before the number or a divisibility test after it.
MATHS = [
    "what's the square root of 1936",
    "the cube root of 1728 is 12",
    "is 2023 divisible by 7",
    "2027 is a prime number",
    "sqrt(2025) = 45",
    "Find the prime factors of 1848 for homework.",
]


@pytest.mark.parametrize("text", MATHS)
def test_numbers_worked_on_by_maths_are_no_years(text: str) -> None:
    assert found(text) == []


MATHS_YEARS = [
    ("the 1764 treaty ended the war", ("1764", "1764")),
    ("The log of 1850 shows the ship sailed in spring.", ("1850", "1850")),
    ("The digits of 1999 were painted on the wall.", ("1999", "1999")),
    ("The root of the 1929 crash was debt.", ("1929", "1929")),
]


@pytest.mark.parametrize("text,mention", MATHS_YEARS)
def test_years_near_maths_words_stay(text: str, mention: tuple) -> None:
    assert mention in found(text)

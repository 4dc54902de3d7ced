"""Four digits after a product named right after a noun of a product line (car, handset,
console, tractor, jet...; "the" may come between) are its model's number, no year, as the
edition after a noun of software is (session 11): "its new small car, the Kestrel 2000";
a year after a preposition or a month stays a year (session 12, Wikinews). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2013, 3, 13)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel's new small car, the Kestrel 2000, will go on sale in March.",
     [("March", "2013-03")]),
    ("The firm's cheapest handset, Orvo 2020, sold out in a day.", [("a day", "P1D")]),
    ("Its new games console, the Brimble 1990, looks like a radio.", []),
    ("Farmers prefer the tractor Hollin 1800 for steep fields.", []),
    # years stay years
    ("He bought his first car in 2015.", [("2015", "2015")]),
    ("The jet, in January 2011, landed safely.", [("January 2011", "2011-01")]),
    ("Hackers used a flaw in its billing software, PayDesk 2016, to reach the accounts.", []),
])
def test_product_model_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

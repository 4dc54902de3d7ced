"""Office shorthand for the end of the current unit, "EOD", "EOW", "EOM", "EOY" (capitals
anywhere, lower case after by/till/until/before), is that unit with mod END, as "end of day"
with no article is (session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("Raffle closes at EOD, get your tickets x", "EOD", "2024-03-13"),
    ("send me the slides by eod pls", "eod", "2024-03-13"),
    ("Timesheets due EOW.", "EOW", "2024-W11"),
    ("invoices in before EOM", "EOM", "2024-03"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_unit_end(text: str, span: str, value: str) -> None:
    assert (span, value, "END") in found(text, WED, "text", "value", "mod")


@pytest.mark.parametrize("text", ["the eod report", "Greta Eod"])
def test_untagged(text: str) -> None:
    assert found(text, WED) == []

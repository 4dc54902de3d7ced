"""A day next to a named holiday ("the day after Christmas", "the day before Thanksgiving")
and the weekend of a date ("the weekend of March 23": the one holding it, else the next)
(DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    ("Stores reopened on the day after Christmas 2021.", "the day after Christmas 2021",
     "2021-12-26"),
    ("Traffic peaks the day before Thanksgiving.", "the day before Thanksgiving", "2021-11-24"),
    ("The race is on the weekend of June 11.", "the weekend of June 11", "2022-W23-WE"),
    ("The fete falls on the weekend of May 18.", "the weekend of May 18", "2022-W20-WE"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_days_around_named_days(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

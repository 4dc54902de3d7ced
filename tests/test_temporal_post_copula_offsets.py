"""A bare "is"/"are" right before "in" and an amount ("the vote is in two weeks", "my exam's in
10 days") names a day ahead (the "offsets ahead" row), as a verbless "in 2 days" does; a
present clause with anything between the copula and "in" keeps a length ("the lowest in five
years", "exports are up 5% in three months"), and so do past and perfect clauses (session 11,
round 3). Publication date Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

AHEAD = [
    ("the parish vote is in two weeks", "two weeks", "2024-03-27"),
    ("my dentist appointment is in 10 days", "10 days", "2024-03-23"),
    ("the Harwick fun run's in 3 days, still no trainers", "3 days", "2024-03-16"),
    ("both of our finals are in five days", "five days", "2024-03-18"),
    ("the move is in a month and nothing is boxed", "a month", "2024-04"),
]

LENGTHS = [
    ("pond levels are the lowest in five years", "five years", "P5Y"),
    ("exports are up 5% in three months", "three months", "P3M"),
    ("the Dunmore mill output rose 4% in two days", "two days", "P2D"),
    ("the bakery's rent has doubled in ten years", "ten years", "P10Y"),
    ("the bridge is closed in three weeks of repairs", "three weeks", "P3W"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_copula_in_offset_is_a_day_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert (m.type, m.value) == ("DATE", value), m.explanation


@pytest.mark.parametrize("text,span,value", LENGTHS)
def test_other_clauses_keep_a_length(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert (m.type, m.value) == ("DURATION", value), m.explanation

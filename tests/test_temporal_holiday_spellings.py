"""Holiday names as informal text writes them: only the first word capitalised ("Labor day",
"MLK day") or all in lower case for names with no other meaning ("independence day", "anzac
day"); "a memorial day for the victims" stays no holiday. Publication date: Wednesday 13
March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

ROWS = [
    ("Parades were held on MLK day.", "MLK day", "2024-01-15"),
    ("The Labor day weekend looks wet.", "The Labor day weekend", "2024-W35-WE"),
    ("fireworks on independence day", "independence day", "2024-07-04"),
    ("dawn service on anzac day", "anzac day", "2024-04-25"),
    ("The Bastille day parade will be cut short.", "Bastille day", "2024-07-14"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_informal_holiday_spellings(text: str, span: str, value: str) -> None:
    assert mention(text, span, WED).value == value


def test_a_memorial_day_is_no_holiday() -> None:
    assert tag_text("The town held a memorial day for the miners.", WED) == []

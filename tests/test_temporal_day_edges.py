"""The start, middle or end of a day named by "the day" (or "the same/next/following day") is
one expression with that day's value and a TIMEX3 mod, as "the end of the month" is
("[the end of the day]" = the day, END). Publication date Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

CASES = [
    ("Shares slid at the start of the day but later recovered.", "the start of the day",
     "2024-03-13", "START"),
    ("By the end of the day, crews had cleared the road.", "the end of the day", "2024-03-13",
     "END"),
    ("The ferry docked on Monday. By the end of the same day, the port had closed.",
     "the end of the same day", "2024-03-11", "END"),
    ("Talks resumed on Monday and broke up in the middle of the next day.",
     "the middle of the next day", "2024-03-12", "MID"),
]


@pytest.mark.parametrize("text,span,value,mod", CASES)
def test_an_edge_of_the_day_is_one_expression(text: str, span: str, value: str, mod: str
                                              ) -> None:
    m = mention(text, span, dct=WED)
    assert (m.value, m.mod) == (value, mod), m.explanation


def test_the_day_alone_keeps_no_mod() -> None:
    m = mention("Shares slid for most of the day.", "the day", dct=WED)
    assert (m.value, m.mod) == ("2024-03-13", "")

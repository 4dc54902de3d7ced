"""Clock ranges of bare hours written "between H and H<am/pm>" or whose end has a part of day
after it ("from 7 to 9 this evening", "between 6 and 8 tonight"): both ends are clock times,
the start in the end's half of the day (session 13, round 2; Wed 13 Mar 2024). Counts and
scores between two numbers stay untagged."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)


@pytest.mark.parametrize(("text", "expected"), [
    ("Crab lines off the Tolley jetty between 6 and 7 this evening",
     [("6", "2024-03-13T18:00"), ("7 this evening", "2024-03-13T19:00")]),
    ("Bell ringers practise between 7 and 9 tonight, earplugs ready",
     [("7", "2024-03-13T19:00"), ("9 tonight", "2024-03-13T21:00")]),
    ("The Marl stall is open between 4 and 6pm.",
     [("4", "2024-03-13T16:00"), ("6pm", "2024-03-13T18:00")]),
    ("Quiet hour at the Pellan pool from 2 to 3 this afternoon",
     [("2", "2024-03-13T14:00"), ("3 this afternoon", "2024-03-13T15:00")]),
    ("Drop-in clinic from 10 to 11 tomorrow morning",
     [("10", "2024-03-14T10:00"), ("11 tomorrow morning", "2024-03-14T11:00")]),
])
def test_clock_ranges_between(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected


@pytest.mark.parametrize("text", [
    "Orrin scored between 8 and 9 points a game.",
    "The Tolley twins are aged between 7 and 9.",
    "Rents in Marl rose from 7 to 9 percent.",
])
def test_between_other_things(text: str) -> None:
    assert found(text, DCT) == []

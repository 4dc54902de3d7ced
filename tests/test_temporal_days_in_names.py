""""The day" in an award's name ("album of the day", "photo of the day") and a bare "End of the
day," opening a clause (the idiom, without "at the") name no day (session 9, real-news audit
of Timeline17 tune stories). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)



@pytest.mark.parametrize("text", [
    "The Marl station picked it as its Album Of The Day .",
    "Okafor was named player of the day in Tolley.",
    "A heron on the Orrin bridge is our photo of the day.",
    "The quote of the day came from a Branwick baker.",
    "End of the day , we know that jobs in Carrow matter .",
    "End of the day, voters in Dunmore want jobs.",
])
def test_no_day_named(text: str) -> None:
    assert found(text, DCT) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The worst storm of the day hit Marl.", [("the day", "2024-03-13")]),
    ("By the end of the day, crews had cleared the Orrin road.",
     [("the end of the day", "2024-03-13")]),
    ("Shares in Tolley Mills fell at the end of the day, traders said.",
     [("the end of the day", "2024-03-13")]),
    ("The end of the day, when it came, was calm in Carrow.",
     [("The end of the day", "2024-03-13")]),
])
def test_days_still_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

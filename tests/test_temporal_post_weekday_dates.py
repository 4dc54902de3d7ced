"""A post's lower-case weekday abbreviation right before a day and its month is one date with
it ("sat 18th may", "tues 20/2"), and with a numeric date the weekday picks day/month or
month/day; a "sat" so used is no past of "sit" for the clause's other days; "on sale <day>"
with no past looks ahead (session 11; Tuesday 9 January 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2024, 1, 9)

FOUND = [
    ("Hollin Fest tickets for sat 18th may are gone", [("sat 18th may", "2024-05-18")]),
    ("our tues 20/2 quiz is cancelled, sorry all", [("tues 20/2", "2024-02-20")]),
    ("quiz night thurs 2/8 at the Fox", [("thurs 2/8", "2024-02-08")]),  # 2 Aug is a Friday
    ("quiz night fri 2/8 at the Fox", [("fri 2/8", "2024-08-02")]),  # 8 Feb is a Thursday
    ("tickets on sale fri 🎫 gig at the Wharf", [("fri", "2024-01-12")]),
    ("Corbel Hall tickets on sale FRIDAY, show is sat 16th march",
     [("FRIDAY", "2024-01-12"), ("sat 16th march", "2024-03-16")]),
]

UNCHANGED = [
    ("we sat 4 april exams in the old gym", [("4 april", "2023-04-04")]),
    ("tickets went on sale Friday", [("Friday", "2024-01-05")]),
    ("i got 3/4 right", []),
]


@pytest.mark.parametrize("text,expected", FOUND + UNCHANGED)
def test_post_weekday_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, TUE) == expected

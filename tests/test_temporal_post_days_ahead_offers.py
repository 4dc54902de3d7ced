"""Days ahead in a post (session 12; Saturday 10 August 2024): a bare day of the month after
"is" ends its phrase at an emoji too ("the party is the 19th 🎈"); a farewell with a place
between ("see you all at the fete on the 28th / on sunday") and an offer ("free thursday
evening if u want to chat") name the coming day; a past verb keeps the day behind."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

SAT = date(2024, 8, 10)

CASES = [
    ("our anniversary is the 19th 🥂", ("the 19th", "2024-08-19")),
    ("booked for the 14th 🎉", ("the 14th", "2024-08-14")),
    ("see you all at the fete on the 2nd", ("the 2nd", "2024-09-02")),
    ("see u at the allotment on sunday", ("sunday", "2024-08-11")),
    ("see you on the 3rd x", ("the 3rd", "2024-09-03")),
    ("free thursday evening if u want to chat", ("thursday evening", "2024-08-15TEV")),
    ("free monday if anyone fancies a swim", ("monday", "2024-08-12")),
    ("I was free thursday evening", ("thursday evening", "2024-08-08TEV")),
    ("we met on the 3rd", ("the 3rd", "2024-08-03")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_day_ahead(text: str, expected: tuple) -> None:
    assert expected in found(text, SAT), found(text, SAT)


def test_ordinal_count_untagged() -> None:
    assert found("this is the 14th time 🙄", SAT) == []

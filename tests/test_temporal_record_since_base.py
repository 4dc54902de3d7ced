"""A date after "since" and a superlative or an ordinal ("the lowest since 1921", "its first
loss since 2009") bounds a record: it does not become the date under discussion, so "the start
of the year" or "the month" named after it keeps the publication date's; a date named as such
("The mill opened in 1921.") still moves the discourse (session 12, newswire)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2014, 7, 15)

CASES = [
    ("Herd smallest since 1921, board says\n\nThe herd shrank to 9,100 head at the start of "
     "the year, the smallest since 1921, the board said.",
     [("1921", "1921"), ("the start of the year", "2014"), ("1921", "1921")]),
    ("Wool prices are the highest since 1987. Shearers were scarce at the end of the year.",
     [("1987", "1987"), ("the end of the year", "2014")]),
    ("It was the bank's first loss since 2009. Staff will be cut by the end of the year.",
     [("2009", "2009"), ("the end of the year", "2014")]),
    ("Ferry use was the weakest since March. By the end of the month, two routes had shut.",
     [("March", "2014-03"), ("the end of the month", "2014-07")]),
    # a date the story is about still moves the discourse
    ("The Pellow mill opened in 1921. Its roof fell in at the start of the year.",
     [("1921", "1921"), ("the start of the year", "1921")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_record_since_base(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

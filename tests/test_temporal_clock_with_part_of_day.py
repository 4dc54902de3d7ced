"""A clock time followed by a part of day that names its day ("9 a.m. on Monday morning", "5 p.m.
last night", "11 p.m. Saturday night") is one time on that day, as "9 a.m. Monday" is; before,
the clock time fell on the publication date. A part of day with no day of its own ("in the
morning") only sets the half of the day."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2012, 2, 7)  # a Tuesday

JOINED = [
    ("Bidding opened at 9am on Monday morning.", "9am on Monday morning", "2012-02-06T09:00"),
    ("The ferry will sail at 9 a.m. on Thursday morning.", "9 a.m. on Thursday morning",
     "2012-02-09T09:00"),
    ("Troops moved in at 4 a.m. Sunday morning.", "4 a.m. Sunday morning", "2012-02-05T04:00"),
    ("The pipe burst at 5 p.m. last night.", "5 p.m. last night", "2012-02-06T17:00"),
    ("Shots rang out at 11 p.m. Saturday night, witnesses said.", "11 p.m. Saturday night",
     "2012-02-04T23:00"),
]

#: A clock time with no a.m./p.m. before an afternoon, evening or night is after noon.
AFTER_NOON = [
    ("They got home at nine o'clock last night.", "nine o'clock last night", "2012-02-06T21:00"),
    ("The pipe burst at 10:30 last night.", "10:30 last night", "2012-02-06T22:30"),
    ("The shots came at 2:15 last night.", "2:15 last night", "2012-02-06T02:15"),
]

SAME_DAY = [
    ("The bakery opened at 7 a.m. in the morning.", "7 a.m. in the morning", "2012-02-07T07:00"),
    ("The alarm went off at 5:30 this morning.", "5:30 this morning", "2012-02-07T05:30"),
]


@pytest.mark.parametrize(("text", "span", "value"), JOINED)
def test_clock_time_takes_the_day_of_its_part_of_day(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), SAME_DAY)
def test_part_of_day_without_a_day(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), AFTER_NOON)
def test_clock_time_after_noon_by_its_part_of_day(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""Date forms of news copy: day ranges written day first ("from 13 to 15 July"), years in two
digits after a preposition ("in '82") or after another year ("1990-95"), a day of last or
next year ("July 1 next year"), the quarter named by its last month ("the June quarter"), the
latest of a run ("a third straight day") and stretches ahead ("the weeks ahead").
Publication date: Tuesday 12 February 2013.
Written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

TUE = date(2013, 2, 12)

#: Both ends of a day range written day first are days of the month named after them.
DAY_RANGES = [
    ("The regatta runs from 13 to 15 July.", "13", "2013-07-13"),
    ("The regatta runs from 13 to 15 July.", "15 July", "2013-07-15"),
    ("Hearings were held from 4 to 8 February.", "4", "2013-02-04"),
    ("The fair ran from 3rd to 7th March 2011.", "3rd", "2011-03-03"),
]

#: A year in two digits after a preposition: the nearest such year.
SHORT_YEARS = [
    ("The club last won the cup in '82.", "'82", "1982"),
    ("Membership has doubled since '98.", "'98", "1998"),
    ("The class of '05 met again.", "'05", "2005"),
]

#: Two years joined by a dash with a two-digit end that cannot be a month are both years.
YEAR_SPANS = [
    ("Output fell in 1990-95, the survey found.", "1990", "1990"),
    ("Output fell in 1990-95, the survey found.", "95", "1995"),
    ("The 2010-15 plan was dropped.", "15", "2015"),
]

#: A day with "last/next/this year" after it is that day of that year.
REL_YEARS = [
    ("The new rules take effect July 1 next year.", "July 1 next year", "2014-07-01"),
    ("The mill shut on 3 March last year.", "3 March last year", "2012-03-03"),
]

#: "the June quarter" is the quarter ending in June, chosen as "the second quarter" would be.
MONTH_QUARTERS = [
    ("Exports fell in the June quarter.", "the June quarter", "2012-Q2"),
    ("Growth picked up in the December quarter.", "the December quarter", "2012-Q4"),
    ("Output will rise in the March quarter.", "the March quarter", "2013-Q1"),
]

#: The latest of a run is the day (or week) reported on.
RUNS = [
    ("Shares fell for a third straight day.", "third straight day", "2013-02-12"),
    ("The index rose for the fifth consecutive trading day.",
     "the fifth consecutive trading day", "2013-02-12"),
    ("On Monday the port stayed shut for a second consecutive day.",
     "second consecutive day", "2013-02-11"),
    ("Bond yields rose for a fourth week in a row.", "fourth week", "2013-W07"),
    # a record: "their best week since", "its worst day in" — the day (week) reported on
    ("Bond markets had their best week since November.", "week", "2013-W07"),
    ("The index had its worst day in a decade.", "day", "2013-02-12"),
    ("Traders saw the busiest session on record.", "session", "2013-02-12"),
]

#: "the full year" is the year under discussion, not a target year named before it.
FULL_YEAR = [
    ("The chain forecast higher profit for the full year.", "the full year", "2013"),
    ("Sales fell in 2011. For the full year, the loss narrowed.", "the full year", "2011"),
    ("Output will peak in 2016, but the board expects a loss for the whole year.",
     "the whole year", "2013"),
]

#: "the weeks ahead" is one expression, "ahead" included; FUTURE_REF as "the coming weeks"
#: (session 29, `test_temporal_news_spans_s29.py`).
AHEAD = [
    ("Rates may rise in the weeks ahead.", "the weeks ahead", "FUTURE_REF"),
    ("The board meets often in the months ahead.", "the months ahead", "FUTURE_REF"),
]


@pytest.mark.parametrize("text,span,value", DAY_RANGES + SHORT_YEARS + YEAR_SPANS + REL_YEARS
                         + MONTH_QUARTERS + RUNS + AHEAD + FULL_YEAR)
def test_news_form(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=TUE)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", [
    "He shouted '82 metres!' at the referee.",
    "It was the third straight day of talks.",  # a day count of an event: the era reader's
])
def test_no_short_year_or_run_out_of_place(text: str) -> None:
    assert not any(m.value in ("1982", "2013-02-12") for m in tag_text(text, TUE))

"""Session 18 (categories from the tune half of a blind broadcast and newswire batch): counts in
words after "every", two lengths side by side that are no sum, shares of "three quarters of",
months read together in a list or a range, "ten years ago this month", the stretch one spends,
"for about a week after that", and "one day a week". Every sentence, name and place is
invented for this project."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_temporal_helpers import found

from summarize.temporal import tag_text

DCT = date(1996, 12, 13)  # a Friday

CASES = [
    # "every" with any count in words is a set, as "every ten minutes" was
    ("Shuttles leave the Marlow depot every twenty minutes.",
     [("every twenty minutes", "SET", "PT20M")]),
    ("each fifteen years the guild rewrites its charter",
     [("each fifteen years", "SET", "P15Y")]),
    ("Every one of the Kessock trawlers returned.", []),
    # two lengths, the smaller unit first: no sum, each its own ("a day" and "a week" sets)
    ("Patients who walk for 30 minutes five days a week recover sooner.",
     [("30 minutes", "DURATION", "PT30M"), ("five days a week", "SET", "P1W")]),
    ("The two Orsett brothers served 3 weeks and 2 years.",
     [("3 weeks", "DURATION", "P3W"), ("2 years", "DURATION", "P2Y")]),
    ("The refit took 1 year 2 months.", [("1 year 2 months", "DURATION", "P1Y2M")]),
    ("The line was shut for 2 hours and 30 minutes.",
     [("2 hours and 30 minutes", "DURATION", "PT2H30M")]),
    # "one day a week", a post's "24 hrs a day": counted sets
    ("Crews at the Dunmore yard wanted one day a week off.",
     [("one day a week", "SET", "P1W")]),
    ("the cafe is open 24 hrs a day now", [("24 hrs a day", "SET", "P1D"),
                                           ("now", "DATE", "PRESENT_REF")]),
    # "three quarters of the crop" is a share; "three quarters of growth" three quarters
    ("Growers in Harth province grow about three quarters of the barley.", []),
    ("Orvane posted three quarters of growth.", [("three quarters", "DURATION", "P3Q")]),
    # months listed before one with its year take that year
    ("Exports fell in October and November 1995.",
     [("October", "DATE", "1995-10"), ("November 1995", "DATE", "1995-11")]),
    ("Rain fell in June, July and August 1994.",
     [("June", "DATE", "1994-06"), ("July", "DATE", "1994-07"),
      ("August 1994", "DATE", "1994-08")]),
    ("Prices rose in March and April.",
     [("March", "DATE", "1996-03"), ("April", "DATE", "1996-04")]),
    # a range of months never runs backwards
    ("Volunteers dug every weekend from October to March.",
     [("every weekend", "SET", "XXXX-WXX-WE"), ("October", "DATE", "1995-10"),
      ("March", "DATE", "1996-03")]),
    ("The survey ran from October to March 1994.",
     [("October", "DATE", "1993-10"), ("March 1994", "DATE", "1994-03")]),
    ("The survey ran from November 1994 to February.",
     [("November 1994", "DATE", "1994-11"), ("February", "DATE", "1995-02")]),
    # "so many years ago this month/week": that month or week so many years back, one span
    ("The Tarrow mill closed ten years ago this month.",
     [("ten years ago this month", "DATE", "1986-12")]),
    ("The Brede flood struck a year ago this week.",
     [("a year ago this week", "DATE", "1995-W50")]),
    ("The Brede bridge fell five years ago today.",
     [("five years ago today", "DATE", "1991-12-13")]),
    # the stretch spent is a length; "in the past year" stays the year
    ("The Selwyn council has spent the past year rebuilding the pier.",
     [("the past year", "DURATION", "P1Y")]),
    ("The crew will spend the next week at sea.", [("the next week", "DURATION", "P1W")]),
    ("Sales at Corrin rose in the past year.", [("the past year", "DATE", "1995")]),
    # "for" and a hedge before a count: a length, as "for a week after" is
    ("The comet Ulva will stay bright for about a week after that.",
     [("about a week", "DURATION", "P1W")]),
    ("The Farne ferry stayed in port for nearly two weeks after the storm.",
     [("nearly two weeks", "DURATION", "P2W")]),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_news_forms_s18(text: str, want: list) -> None:
    assert found(text, DCT, "text", "type", "value") == want


def test_a_length_after_a_hedged_for_keeps_its_hedge() -> None:
    assert found("It stayed for about a week after that.", DCT, "text", "mod") == [
        ("about a week", "APPROX")]


def test_a_month_given_its_listed_neighbours_year_keeps_its_narrowing() -> None:
    # "late October" takes 1995 from "November 1995" and stays the month's last third, as
    # "late October 1995" alone is
    listed = tag_text("Exports fell in late October and November 1995.", DCT)[0]
    alone = tag_text("Exports fell in late October 1995.", DCT)[0]
    assert (listed.value, listed.mod) == ("1995-10", "END")
    assert listed.interval == alone.interval == (datetime(1995, 10, 21), datetime(1995, 11, 1))

"""next/last/this with a weekday, read the same way alone, with a part of day, a clock time or
a time zone, and weekdays placed by a week ("Thursday next week", "the Friday after next").
Publication date: Wednesday 13 March 2024 (ISO week 11)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

CASES = [
    # the relation word is kept with a part of day after the weekday
    ("See you next Monday morning.", "next Monday morning", "2024-03-18TMO"),
    ("The shelling stopped last Friday night.", "last Friday night", "2024-03-08TNI"),
    ("The vote is this Friday evening.", "this Friday evening", "2024-03-15TEV"),
    ("They met last Monday evening.", "last Monday evening", "2024-03-11TEV"),
    ("The parade is next Sunday afternoon.", "next Sunday afternoon", "2024-03-17TAF"),
    # ... and with a clock time, with or without a time zone
    ("The clinic opens next Tuesday at 8:30 a.m.", "next Tuesday at 8:30 a.m.",
     "2024-03-19T08:30"),
    # a time in GMT/UTC carries TIMEX3's UTC designator Z (as TimeBank and MEANTIME annotate)
    ("They last spoke last Thursday at 4 pm GMT.", "last Thursday at 4 pm GMT",
     "2024-03-07T16:00Z"),
    ("He lands next Monday 9am.", "next Monday 9am", "2024-03-18T09:00"),
    # a weekday placed by its week
    ("The hearing resumes Thursday next week.", "Thursday next week", "2024-03-21"),
    ("The fair opened Friday last week.", "Friday last week", "2024-03-08"),
    ("They will sign it next week on Thursday.", "next week on Thursday", "2024-03-21"),
    ("Crews worked on the line Tuesday of last week.", "Tuesday of last week", "2024-03-05"),
    ("The inspectors return Monday of next week.", "Monday of next week", "2024-03-18"),
    # "after next" is one step further than "next"
    ("The final is the Saturday after next.", "the Saturday after next", "2024-03-23"),
    ("The museum reopens the week after next.", "the week after next", "2024-W13"),
    ("The budget comes the month after next.", "the month after next", "2024-05"),
    # two days off, with or without "the"
    ("The market reopens day after tomorrow.", "day after tomorrow", "2024-03-15"),
    ("It happened day before yesterday.", "day before yesterday", "2024-03-11"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_weekday_phrase(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


def test_a_weekday_by_its_week_says_which_week() -> None:
    m = mention("The hearing resumes Thursday next week.", "Thursday next week", dct=WED)
    assert "2024-W12" in m.explanation


@pytest.mark.parametrize("text,span,value", [
    # "this <weekday>" is the one in the publication date's week, unless the clause's tense
    # points the other way: then the nearest one on that side
    ("The court will rule this Monday.", "this Monday", "2024-03-18"),
    ("He resigned this Friday.", "this Friday", "2024-03-08"),
    ("The vote is this Friday.", "this Friday", "2024-03-15"),
    ("Crews were called out this Monday.", "this Monday", "2024-03-11"),
    # a weekday after "overnight" is the night of that day
    ("Shelling resumed overnight Tuesday.", "overnight Tuesday", "2024-03-12TNI"),
    # "is forecast to" looks ahead like "is expected to"
    ("The storm is forecast to hit the coast on Saturday.", "Saturday", "2024-03-16"),
    ("Prices are projected to peak Thursday.", "Thursday", "2024-03-14"),
])
def test_weekday_against_the_tense(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", [
    # weekday abbreviations after a word that makes them days
    ("Let's meet this Sat.", "this Sat", "2024-03-16"),
    ("Call me next Tue.", "next Tue", "2024-03-19"),
    ("I was there last Wed.", "last Wed", "2024-03-06"),
    ("The fair closed on Sun after a week.", "Sun", "2024-03-10"),
])
def test_weekday_abbreviation(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", ["The Sun said the talks failed.", "Sat in traffic, he waited.",
                                  "They wed in June."])
def test_a_lone_abbreviation_is_no_day(text: str) -> None:
    assert not [m for m in tag_text(text, WED) if m.rule == "weekday_abbr"]

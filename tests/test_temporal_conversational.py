"""Conversational relative phrasings, alone or in a short sentence, resolved to the day they
name. Publication date: Wednesday 13 March 2024 (ISO week 11)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

#: "in <amount>" with no tense, or a future one, is a point ahead of the publication date.
IN_OFFSETS = [
    ("in two hours", "two hours", "2024-03-13"),
    ("Back in 30 minutes", "30 minutes", "2024-03-13"),
    ("in 2 days", "2 days", "2024-03-15"),
    ("Delivery in three weeks", "three weeks", "2024-04-03"),
    ("The ferry sails in a couple of days.", "a couple of days", "2024-03-15"),
    ("Trains leave in ten minutes.", "ten minutes", "2024-03-13"),
]

#: "<amount> from <day>": counted from today, tomorrow, a weekday ahead.
FROM_A_DAY = [
    ("The report is due two weeks from today.", "two weeks from today", "2024-03-27"),
    ("We fly out a week from Tuesday.", "a week from Tuesday", "2024-03-26"),
    ("The case resumes ten days from tomorrow.", "ten days from tomorrow", "2024-03-24"),
    ("a month from tomorrow", "a month from tomorrow", "2024-04-14"),
    ("The loan is repaid three months from now.", "three months from now", "2024-06"),
    ("five days from yesterday", "five days from yesterday", "2024-03-17"),
]

#: The n-th weekday of a month.
NTH_WEEKDAY = [
    ("The fair opens on the first Monday of next month.", "the first Monday of next month",
     "2024-04-01"),
    ("Rent is due the last Friday of March.", "the last Friday of March", "2024-03-29"),
    ("The race was held on the second Tuesday in May 2023.",
     "the second Tuesday in May 2023", "2023-05-09"),
    ("Elections will fall on the first Tuesday in November.",
     "the first Tuesday in November", "2024-11-05"),
    ("The club met on the third Thursday of last month.",
     "the third Thursday of last month", "2024-02-15"),
]

#: A deadline weekday with no tense lies ahead ("by Friday").
DEADLINES = [
    ("by Friday", "Friday", "2024-03-15"),
    ("Reply until Monday", "Monday", "2024-03-18"),
]


#: Weekdays counted ("three Fridays ago") and "after next" without "the".
COUNTED_WEEKDAYS = [
    ("The pump failed three Fridays ago.", "three Fridays ago", "2024-02-23"),
    ("The ferry returns two Sundays from now.", "two Sundays from now", "2024-03-24"),
    ("Let's meet Monday after next.", "Monday after next", "2024-03-25"),
    ("The clinic opens weekend after next.", "weekend after next", "2024-W13-WE"),
]

#: Informal spellings of today's neighbours (social posts, texts).
INFORMAL = [
    ("see u tmrw at the gym", "tmrw", "2024-03-14"),
    ("yday was a nightmare on the trains", "yday", "2024-03-12"),
    ("gig tonite, doors at 8", "tonite", "2024-03-13TNI"),
    ("last nite was so loud", "last nite", "2024-03-12TNI"),
    ("tommorow we fly home", "tommorow", "2024-03-14"),
    ("cant wait for 2moro", "2moro", "2024-03-14"),
    ("call me 2nite", "2nite", "2024-03-13TNI"),
    # "back" for "ago", "wks" for weeks
    ("saw them a couple of weeks back", "a couple of weeks back", "2024-02-28"),
    ("Three years back, the mill closed.", "Three years back", "2021"),
    ("exams in 2 wks", "2 wks", "2024-03-27"),
]


@pytest.mark.parametrize("text,span,value", IN_OFFSETS + FROM_A_DAY + NTH_WEEKDAY + DEADLINES
                         + COUNTED_WEEKDAYS + INFORMAL)
def test_conversational_phrase(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


def test_after_next_before_a_unit_is_no_weekday_phrase() -> None:
    found = [m.text for m in tag_text("We meet on Monday after next week's vote.", WED)]
    assert "Monday after next" not in found


@pytest.mark.parametrize("text,span,value", [
    # a length of time, not a point: a past clause, a present one, "within"
    ("Shares fell 4% in two days.", "two days", "P2D"),
    ("It is the lowest level in five years.", "five years", "P5Y"),  # no "in": a length since
    ("Repairs will be done within three weeks.", "three weeks", "P3W"),
])
def test_in_amount_stays_a_length_outside_a_future(text: str, span: str, value: str) -> None:
    assert mention(text, span, dct=WED).value == value


@pytest.mark.parametrize("text,span,value", [
    # "the week/month/year before" (after): the unit next to the one under discussion
    ("In May 2021 the plant closed. The month before, wages had been cut.",
     "The month before", "2021-04"),
    ("In 2019 the mine reopened. The year after, it flooded.", "The year after", "2020"),
    ("On March 4, 2024 the dam burst. The week before, engineers had warned.",
     "The week before", "2024-W09"),
    # "<amount> ago today": the same day that many units back
    ("A year ago today, the bridge fell.", "A year ago today", "2023-03-13"),
    ("Two weeks ago yesterday the ferry sank.", "Two weeks ago yesterday", "2024-02-27"),
])
def test_unit_next_to_the_discourse_and_ago_today(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation

"""Unnamed times that TimeML annotates: a time ahead left open ("at a later date", "as soon as
possible"), "until then" after a date. Publication date Wednesday 13 March 2024. Written for
this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

#: A time ahead that the text leaves open is FUTURE_REF (TimeBank's convention).
LATER = [
    ("The council will vote on the plan at a later date.", "a later date", "FUTURE_REF"),
    ("Fans may collect refunds at a later time.", "a later time", "FUTURE_REF"),
    ("A second tunnel could be added at a later stage.", "a later stage", "FUTURE_REF"),
    ("The mayor wants the pumps repaired as soon as possible.", "as soon as possible",
     "FUTURE_REF"),
    # "future years" as "coming years"
    ("The credits will cut taxes in future quarters.", "future quarters", "FUTURE_REF"),
    ("Tolls may rise in future years.", "future years", "FUTURE_REF"),
    ("It bodes ill for coming quarters.", "coming quarters", "FUTURE_REF"),
]


@pytest.mark.parametrize("text,span,value", LATER)
def test_vague_time(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert (m.type, m.value) == ("DATE", value), m.explanation


#: Not times: "later" as a comparative of something else, "possible" without "as soon as".
NOT_TIMES = [
    "The later chapters of the report were redacted.",
    "Engineers chose the soonest possible fix.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text: str) -> None:
    assert [m.text for m in tag_text(text, WED)] == []


#: "until/by/since/before then" is the date the text has just named, at its granularity.
THEN = [
    ("The offer runs until June 4. Until then, the old fares apply.", "2024-06-04"),
    ("The mill shut in 2009, and since then the town has shrunk.", "2009"),
    ("Repairs end in May. By then the river will be lower.", "2024-05"),
]

#: "by/until that time" reads as "by then".
THAT_TIME = [
    ("Bids close on June 4. If no buyer is found by that time, the yard shuts.", "2024-06-04"),
    ("The mill shut in 2009. Until that time it employed 400.", "2009"),
]


@pytest.mark.parametrize("text,value", THAT_TIME)
def test_that_time_is_the_date_under_discussion(text: str, value: str) -> None:
    m = mention(text, "that time", dct=WED)
    assert (m.type, m.value) == ("DATE", value), m.explanation


@pytest.mark.parametrize("text,value", THEN)
def test_then_is_the_date_under_discussion(text: str, value: str) -> None:
    m = mention(text, "then", dct=WED)
    assert (m.type, m.value) == ("DATE", value), m.explanation


#: "then" with no date named before, or not after until/by/since/before, is no time.
NOT_THEN = [
    "The crowd cheered and then went home.",
    "We will know more by then, the minister said.",
    "Back then, nobody owned a phone.",
    "By that time of year the pass is closed.",
    "While the pumps ran, the crew waited.",
    # "that day" with no day named before it is a generic day
    "Traders see heavy selling that day and calm the next.",
]


@pytest.mark.parametrize("text", NOT_THEN)
def test_then_without_a_date(text: str) -> None:
    assert [m.text for m in tag_text(text, WED)] == []


#: "today's" before a name or a generic noun is the present in general (PRESENT_REF); before
#: an event it is the publication day.
TODAY_GENERIC = [
    ("Few founders would recognise today's Ferrolux.", "today", "PRESENT_REF"),
    ("In today's world, few letters are sent.", "today", "PRESENT_REF"),
    ("Today's vote on the budget was delayed.", "Today", "2024-03-13"),
]


@pytest.mark.parametrize("text,span,value", TODAY_GENERIC)
def test_generic_today(text: str, span: str, value: str) -> None:
    assert mention(text, span, dct=WED).value == value


def test_that_day_after_a_named_day() -> None:
    m = mention("The plant closed on May 3. That day, workers marched.", "That day", dct=WED)
    assert m.value == "2024-05-03"



#: A broadcast's transition "Now for/to ..." opens a segment; it is no time.
TRANSITIONS = [
    "Now for the weather on the coast.",
    "Now to Harrowgate, where the count goes on.",
    "Now back to the studio.",
]


@pytest.mark.parametrize("text", TRANSITIONS)
def test_now_as_a_transition(text: str) -> None:
    assert [m.text for m in tag_text(text, WED)] == []


def test_now_for_the_first_time_stays_a_time() -> None:
    assert mention("Now for the first time, women pilot the ferry.", "Now", dct=WED).value \
        == "PRESENT_REF"

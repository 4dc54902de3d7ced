"""Weekdays as people jot them down: abbreviations before a clock time or a part of day, "at"
with a bare hour after a weekday, and notes with no verb, whose day lies ahead. Publication
date: Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

#: A weekday abbreviation (any case) before a clock time or a part of day, or in lower case
#: after a word that makes it a day; a bare hour after "<weekday> at".
ABBREVIATIONS = [
    ("pick-up thurs 11am", "thurs 11am", "2024-03-14T11:00"),
    ("Tues at 2", "Tues at 2", "2024-03-19T14:00"),
    ("drinks on fri?", "fri", "2024-03-15"),
    ("gig next sat night", "next sat night", "2024-03-16TNI"),
    ("mon at 10:30 works for me", "mon at 10:30", "2024-03-18T10:30"),
    ("sun 11am brunch", "sun 11am", "2024-03-17T11:00"),
    ("See you Friday at 9.", "Friday at 9", "2024-03-15T09:00"),
]

#: A note with no verb names a day ahead; a sentence with a verb keeps the news reading.
NOTES = [
    ("Saturday 9am", "Saturday 9am", "2024-03-16T09:00"),
    ("haircut friday", "friday", "2024-03-15"),
    ("Tuesday evening?", "Tuesday evening", "2024-03-19TEV"),
    ("Rain fell heavily on Monday across the north.", "Monday", "2024-03-11"),
    ("Rebels shelled the port Saturday morning.", "Saturday morning", "2024-03-09TMO"),
    # the people addressed and "with" do not count; a short question with no past form asks
    # about a plan
    ("see you all sunday!", "sunday", "2024-03-17"),
    ("lunch with dad on fri at 1", "fri at 1", "2024-03-15T13:00"),
    ("are you around tuesday?", "tuesday", "2024-03-19"),
    ("Is the market open on Monday?", "Monday", "2024-03-18"),
    ("Did the ferry sail on Monday?", "Monday", "2024-03-11"),
]


@pytest.mark.parametrize("text,span,value", ABBREVIATIONS + NOTES)
def test_jotted_weekdays(text: str, span: str, value: str) -> None:
    assert mention(text, span, WED).value == value


#: "sat", "wed" and "sun" are words too: after a subject they are no days.
NOT_DAYS = [
    ("He sat at 2 tables during the quiz.", []),
    ("The pair wed at 4pm in the chapel.", [("4pm", "2024-03-13T16:00")]),
    ("Watch the sun at 6am from the pier.", [("6am", "2024-03-13T06:00")]),
    ("The side won on Sunday at 2-0.", [("Sunday", "2024-03-10")]),
]


@pytest.mark.parametrize("text,found", NOT_DAYS)
def test_abbreviations_that_are_words(text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_text(text, WED)] == found

"""A day word heading a hyphenated compound names no day (session 17, from the tune half of the
session 17 blind phrasings): "the day-care centre", "his Sunday-best suit". Parts of day,
other weekdays and range joints after a weekday's hyphen keep it a day. Sentences written for
this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2025, 6, 2)  # a Monday


@pytest.mark.parametrize("text", [
    "The day-care nursery on Fenwick Row has room for 35 children.",
    "Pupils went on the day-trip to the estuary.",
    "She left the day-to-day running of the bakery to her nephew.",
    "Breeders sold the day-old ducklings at the county show.",
    "Grandad still wears his Sunday-best jacket to the allotment.",
    "The Sunday-school hall needs a new roof.",
    "Councillors debated the Sunday-trading rules for garden centres.",
    "The Friday-feeling playlist was streamed a million times.",
])
def test_a_day_word_heading_a_compound_is_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "want"), [
    ("The Monday-morning briefing ran long.", [("Monday-morning", "2025-06-02TMO")]),
    ("The pharmacy opens Monday-Friday.", [("Monday", "2025-06-02"), ("Friday", "2025-06-06")]),
    ("Residents complained about the Saturday-night noise.",
     [("Saturday-night", "2025-05-31TNI")]),
    ("The day-long stoppage closed the port.", [("day-long", "P1D")]),
    ("Talks resumed on Thursday - officials said little.", [("Thursday", "2025-05-29")]),
    ("They signed the deal the day before.", [("the day before", "2025-06-01")]),
])
def test_a_day_word_before_a_time_or_a_range_stays_a_day(text: str, want: list) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == want

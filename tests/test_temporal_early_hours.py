""""The early hours", "the small hours", "the wee hours" are a part of the day (the time after
midnight, written TMO as "early Sunday morning" is), on the day named after them ("the early
hours of Sunday"); they were missed, or only the weekday was tagged, as a date."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

HOURS = [
    ("The ferry ran aground in the early hours of Sunday.", "the early hours of Sunday",
     "2024-03-10TMO"),
    ("Looters struck the depot in the small hours.", "the small hours", "2024-03-13TMO"),
    ("Firefighters were called out in the wee hours of Monday.", "the wee hours of Monday",
     "2024-03-11TMO"),
    ("The tremor woke residents in the early hours of yesterday.",
     "the early hours of yesterday", "2024-03-12TMO"),
]


@pytest.mark.parametrize(("text", "span", "value"), HOURS)
def test_the_early_hours_are_a_part_of_day(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "TIME", value)]


@pytest.mark.parametrize("text", [
    "The early hours of the rescue were chaotic.",
    "Staff logged long hours in the early stages.",
    "He works small hours for a big wage.",
])
def test_hours_of_an_event_are_no_part_of_day(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if m.type == "TIME"] == []

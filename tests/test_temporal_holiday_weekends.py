"""A holiday's weekend ("the Easter weekend", "the Labor Day weekend", "over the Thanksgiving
weekend") is one weekend: the one holding the holiday, the one before a Monday holiday, else the
one after it; it was the holiday's day alone."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

WEEKENDS = [
    # Easter Sunday 2024 is 31 March: its own weekend, ISO week 13
    ("Ferries will be full over the Easter weekend.", "the Easter weekend", "2024-W13-WE"),
    # Memorial Day 2023 (Monday 29 May): the weekend before it
    ("Roads were jammed on the Memorial Day weekend.", "the Memorial Day weekend",
     "2023-W21-WE"),
    # Thanksgiving 2023 (Thursday 23 November): the weekend after it
    ("Shops reported record sales over the Thanksgiving weekend.",
     "the Thanksgiving weekend", "2023-W47-WE"),
    ("Christmas weekend 2021 was quiet in the city.", "Christmas weekend 2021",
     "2021-W51-WE"),
    ("Trains were packed over the May Day long weekend.", "the May Day long weekend",
     "2024-W18-WE"),
]


@pytest.mark.parametrize(("text", "span", "value"), WEEKENDS)
def test_a_holiday_weekend_is_one_weekend(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The port shut at Easter.", "Easter", "2024-03-31"),
    ("Queues formed on the May Day holiday.", "May Day", "2024-05-01"),
])
def test_the_holiday_alone_stays_a_day(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""A capitalised part of day inside running prose before another capitalised word that is no
time word is part of a name (a paper, a ship, a band: "the Evening Chronicle", "the Dawn
Voyager"); opening a sentence without "the", after a date cue, before a
weekday or a month, or after a weekday it stays a time."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

NAMES = [
    "The Evening Chronicle ran the photograph on its front page.",
    "She writes a column for the Morning Ledger in Cork.",
    "The Dawn Voyager sailed out of the estuary with forty crew.",
    "Readers of the Afternoon Courier voted for the new logo.",
]

TIMES = [
    ("On Friday Evening Prayer was said in the chapel.", "Friday Evening", "2024-03-08TEV"),
    ("This Morning Ministers met in Downing Street.", "This Morning", "2024-03-13TMO"),
    ("The markets rallied in the morning after the vote.", "the morning", "2024-03-13TMO"),
    ("Talks ran through the Night and ended at Dawn.", "the Night", "2024-03-12TNI"),
]


@pytest.mark.parametrize("text", NAMES)
def test_part_of_day_in_a_name_is_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_part_of_day_as_a_time_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A present "is/are set" schedules an event ("The vote is set for Tuesday"), as "is slated"
and "is scheduled" do: the weekday lies ahead; "was set" and a record "set on Monday" look back."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

CASES = [
    ("The council vote is set for Tuesday.", "Tuesday", "2024-03-19"),
    ("The launch is set for 10:30 a.m. Tuesday.", "10:30 a.m. Tuesday", "2024-03-19T10:30"),
    ("Both finals are set for Sunday in Lagos.", "Sunday", "2024-03-17"),
    ("The hearing was set for Monday.", "Monday", "2024-03-11"),
    ("She set a national record on Monday.", "Monday", "2024-03-11"),
    ("The new drama, screened on Monday, is set in a mining town.", "Monday", "2024-03-11"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_is_set_for_a_weekday_looks_ahead(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

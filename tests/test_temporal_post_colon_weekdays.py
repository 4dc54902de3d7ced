"""A post's lower-case "wed", "sat", "sun" right before an "H:MM" (no am/pm) is the weekday,
one TIME with it, as before "10am" ("coffee sun 10:30?"); not after a subject pronoun ("we sat
12:30 exams") nor after "the" (session 13; Monday 14 April 2025)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2025, 4, 14)

CASES = [
    ("coffee sun 10:30?", "sun 10:30", "2025-04-20T10:30"),
    ("dentist wed 14:15 ugh", "wed 14:15", "2025-04-16T14:15"),
    ("parkrun sat 09:00 anyone", "sat 09:00", "2025-04-19T09:00"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_post_colon_weekdays(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, MON) if s == span] == [value]


@pytest.mark.parametrize("text", ["we sat 12:30 exams all week", "the sun 12:30 glare"])
def test_verbs_and_the_sun(text: str) -> None:
    assert all(not s.startswith(("sat", "sun")) for s, _v in found(text, MON))

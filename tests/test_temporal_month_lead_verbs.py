"""A lower-case "may", "march" or "august" with a day after a verb of a schedule ("term starts
august 13", "my bday is march 3") is a month: no modal "may" and no marching follows such a
verb (session 12, round 2, posts). A subject before the word keeps it a verb or an adjective
(Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

MONTHS = [
    ("term starts august 13. so not ready", "august 13", "2024-08-13"),
    ("exams begin august 4 and im scared", "august 4", "2024-08-04"),
    ("the pool reopens may 20 after the refit", "may 20", "2024-05-20"),
    ("my bday is march 30 lol", "march 30", "2024-03-30"),
    ("rent is due may 1 and i am broke", "may 1", "2024-05-01"),
]

NOT_MONTHS = [
    "they may 3 times refuse the offer",
    "the scouts march 20 km to the lake",
    "an august 13-member panel of judges",
]


@pytest.mark.parametrize(("text", "span", "value"), MONTHS)
def test_month_after_schedule_verb(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", NOT_MONTHS)
def test_no_month_after_subject(text: str) -> None:
    assert found(text, WED) == []

"""A weekday right after "deadline" or after "back" (a return) in a clause with no verb lies
ahead: the first such day on or after the publication date ("a deadline Friday", "off to the
coast, back Monday"); a past verb still sends it back ("came back Monday") (session 11, round
3; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

CASES = [
    ("Tuesday again. 2 calls before noon and a deadline Friday. Tea, don't fail me.",
     "Friday", "2024-03-15"),
    ("grant deadline thursday!! send help", "thursday", "2024-03-14"),
    ("off to Pellham for the week, back Monday", "Monday", "2024-03-18"),
    ("Driving up to the lake tonight for the long weekend, back Sunday 🌲", "Sunday",
     "2024-03-17"),
    ("she came back Monday with a cold", "Monday", "2024-03-11"),
    ("the deadline passed Friday without a word", "Friday", "2024-03-08"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_deadline_or_return_weekday(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation

"""Posts' "'ve" contractions without the apostrophe ("ive", "weve", "theyve") are "have", as
"I've" is: a perfect with "in <count> <unit>" is a length ("ive read one chapter in 3
weeks"), and "ive got" a plan's offset ahead as "I've got" is (session 12, round 2)
(Wed 13 Mar 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("exam tmrw and ive read exactly one chapter in 3 weeks", "3 weeks", "P3W"),
    ("ive written one page of the essay in 3 days. help", "3 days", "P3D"),
    ("theyve played 3 away games in 5 days, no wonder", "5 days", "P5D"),
    ("ive got an exam in 3 weeks 😬", "3 weeks", "2024-04-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_have_without_apostrophe(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)

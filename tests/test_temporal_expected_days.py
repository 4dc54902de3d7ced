"""A word of expectation ("likely", "expected") right before a day, in a clause not told in
the past, makes the day one foreseen, ahead, whatever a reporting verb says; "was expected"
keeps the past when a contrast follows ("but came a day late"; without one it looks ahead
since session 20, as "was expected to" does) (session 13; Tuesday 11 March 2025)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

TUE = date(2025, 3, 11)

CASES = [
    ("Coroner says the inquest findings likely Thursday.", "Thursday", "2025-03-13"),
    ("The union says a ballot result expected Friday", "Friday", "2025-03-14"),
    ("Harbour board says repairs likely Monday morning", "Monday morning", "2025-03-17TMO"),
    ("The ruling was expected Friday but came a day late.", "Friday", "2025-03-07"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_expected_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, TUE) if s == span] == [value]

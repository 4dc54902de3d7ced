"""A bare weekday kept for a holiday named right after it ("closed Monday for Memorial Day",
"shut Thursday and Friday for Diwali", "a Sunday schedule Thursday for Thanksgiving") is the
one on or nearest to the holiday's date, the holiday's year chosen as for the holiday alone,
in any tense and any length of text (session 12); a weekday kept for no holiday keeps its
reading."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

CASES = [
    # (publication date, text, span, value)
    (date(2024, 5, 23), "The Kelby Road clinic is closed Monday for Memorial Day.", "Monday",
     "2024-05-27"),
    (date(2024, 10, 28), "Offices shut Thursday and Friday for Diwali, back Monday.",
     "Thursday", "2024-10-31"),
    (date(2024, 10, 28), "Offices shut Thursday and Friday for Diwali, back Monday.", "Friday",
     "2024-11-01"),
    (date(2024, 11, 26), "Buses run a Sunday schedule Thursday for Thanksgiving.", "Thursday",
     "2024-11-28"),
    (date(2024, 5, 29), "The Kelby Road clinic was closed Monday for Memorial Day.", "Monday",
     "2024-05-27"),
    (date(2024, 3, 27), "Marrow Lane surgery will be shut Monday due to Easter Monday.",
     "Monday", "2024-04-01"),
    (date(2024, 10, 28), "Offices shut Thursday for the stocktake, back Monday.", "Thursday",
     "2024-10-24"),
]


@pytest.mark.parametrize("dct,text,span,value", CASES)
def test_holiday_kept_weekdays(dct: date, text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, dct) if s == span] == [value]

"""A future told from the past ("was expected to", "were due to") before the weekday of the
publication date names that day itself: the plan was for today, not a week on (session 13,
news); since session 18 a present-told future does too ("will reopen Thursday", told on a
Thursday, is that day; "next Thursday" is the week ahead). Invented sentences; published
Thursday 14 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("text, span, want", [
    ("The Garve smelter was expected to restart Thursday afternoon.", "Thursday afternoon",
     "2024-03-14TAF"),
    ("Crews were due to finish the Selby footbridge on Thursday.", "Thursday", "2024-03-14"),
    ("About 4,000 tenants were expected to vote on Thursday, the last day.", "Thursday",
     "2024-03-14"),
    ("The Selby footbridge will reopen Thursday.", "Thursday", "2024-03-14"),
    ("The Selby footbridge will reopen next Thursday.", "next Thursday", "2024-03-21"),
    ("The Garve smelter was expected to restart Friday.", "Friday", "2024-03-15"),
])
def test_past_told_future_on_the_day(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

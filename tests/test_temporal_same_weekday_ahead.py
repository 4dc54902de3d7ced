"""A bare weekday that names the publication date's own weekday in a future clause ("will vote
Saturday", told on a Saturday) is that day, as wire copy writes it; with a preposition ("on
Saturday") it stays the one a week ahead (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("The regional assembly will vote Saturday on the harbour levy.", "Saturday", "2022-05-07"),
    ("Forecasters said the front was expected to reach the coast Saturday afternoon.",
     "Saturday afternoon", "2022-05-07TAF"),
    ("Ferry crews will resume the crossing to Tarnholm Saturday night.", "Saturday night",
     "2022-05-07TNI"),
    # another weekday, or a preposition before it: as before
    ("The regional assembly will vote Tuesday on the harbour levy.", "Tuesday", "2022-05-10"),
    ("The regional assembly will vote on Saturday.", "Saturday", "2022-05-14"),
    ("The regional assembly voted Saturday on the harbour levy.", "Saturday", "2022-05-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_same_weekday_in_a_future_clause(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

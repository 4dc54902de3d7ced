"""A bare hour from seven to eleven after "till"/"until", in a sentence that named the night
before it ("fri night and i'm stuck at work till 10"), is that evening's hour; a morning after
a night ("all night till 6"), a decimal or an hour with its am stays as before (Friday 20 May
2016)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

FRI = date(2016, 5, 20)

FOUND = [
    ("fri night and the chippy is open till 11. result", "11", "2016-05-20T23:00"),
    ("quiz night at the ferry inn, on till 10!", "10", "2016-05-20T22:00"),
    ("tonite the library stays open until 9", "9", "2016-05-20T21:00"),
]

NOT_EVENING = [
    "danced all night till 6 and regret nothing",
    "the night fares stay frozen until 9.5 percent inflation",
    "the night bus runs until 7am",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_until_evening_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, FRI)


@pytest.mark.parametrize("text", NOT_EVENING)
def test_not_an_evening_hour(text: str) -> None:
    assert not [v for _, v in found(text, FRI) if v.endswith(("T18:00", "T19:00", "T21:00"))]

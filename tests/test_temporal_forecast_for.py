"""A weekday that is the object of "forecast for" or "predicted for" lies ahead, as the object
of "scheduled for" does, whatever the tense of "was"/"were" (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Gusts of up to 60 mph were forecast for Tuesday along the Carran coast.", "Tuesday",
     "2022-05-10"),
    ("More snow is predicted for Monday in the Hallin pass.", "Monday", "2022-05-09"),
    ("Heavy rain was forecasted for Wednesday, the weather office said.", "Wednesday",
     "2022-05-11"),
    # no forecast verb before it: behind, as before
    ("The gusts hit the Carran coast on Tuesday.", "Tuesday", "2022-05-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_forecast_for_a_weekday(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

""" "forecast" after a determiner or a possessive ("issued its forecast", "a forecast") is a
noun, not a forward verb: the clause's own verb decides a bare weekday (session 10, round 2,
unseen newswire). The verb "forecast" still looks forward."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("The Harlow weather office issued its forecast on Wednesday.", "Wednesday", "2022-05-04"),
    ("The Quell bureau released a forecast Wednesday.", "Wednesday", "2022-05-04"),
    ("The Dunmore bank cut its forecasts on Tuesday.", "Tuesday", "2022-05-03"),
    ("The Pell council published the forecast on Monday.", "Monday", "2022-05-02"),
    # the verb looks forward; a future verb group keeps its reading
    ("Meteorologists in Harlow forecast heavy rain on Wednesday.", "Wednesday", "2022-05-11"),
    ("The Dunmore bank will publish its forecast on Tuesday.", "Tuesday", "2022-05-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_forecast_as_a_noun(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

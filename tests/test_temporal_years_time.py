""""In a year's time", "in a week’s time" are one point ahead with "time" in the span, as "in two
years' time" is; the span stopped at "in a year"."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CASES = [
    ("The festival returns in a year's time.", "a year's time", "2025"),
    ("The bridge reopens in a week’s time.", "a week’s time", "2024-03-20"),
    ("The port will be dredged in two years' time.", "two years' time", "2026"),
    ("The results come in three days time.", "three days time", "2024-03-16"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_units_time_is_in_the_span(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

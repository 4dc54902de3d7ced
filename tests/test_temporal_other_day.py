""""The other day" and "the other night" are a recent past left open (PAST_REF, as "recently"
is); they were missed. "These past few weeks" is one stretch, as "the past few weeks" is (the
span was "few weeks")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CASES = [
    ("The mayor visited the depot the other day.", "the other day", "PAST_REF"),
    ("Burglars struck the shop the other night.", "the other night", "PAST_REF"),
    ("These past few weeks have been hard for the port.", "These past few weeks", "PXW"),
    ("Ferries were cancelled these last few days.", "these last few days", "PXD"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_other_day_and_these_past_weeks(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


"""A month's possessive before a relative, a friend or a pet names a person (issue 13, eleventh
batch follow-up): "august's boyfriend" has no date in it; a month's rent or results stay months."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

PEOPLE = [
    "honestly august's boyfriend is lovely",
    "April's husband drove her to the station.",
    "we're minding june's two kittens",
    "went for a walk with april's mum",
    "June's little brother joined the team.",
]

MONTHS = [
    ("april's rent is due", "2024-04"),
    ("June's figures showed a fall in sales.", "2023-06"),
    ("The bank blamed August's weak spending.", "2023-08"),
]


@pytest.mark.parametrize("text", PEOPLE)
def test_a_month_before_kin_is_a_name(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "value"), MONTHS)
def test_a_month_before_other_nouns_stays(text: str, value: str) -> None:
    assert [m.value for m in tag_text(text, DCT)] == [value]

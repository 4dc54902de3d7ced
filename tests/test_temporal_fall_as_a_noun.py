""""the fall of the currency", "the fall in prices": "fall" with "of", "in" or "from" and no year
is a drop or a collapse, not autumn; "the fall of 2021", "this fall", "in the fall" stay seasons."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

DROPS = [
    "The fall of the old regime surprised diplomats.",
    "Exporters welcomed the fall in the exchange rate.",
    "The senator never recovered from the fall from grace.",
    "Analysts blamed the fall of the bond market on inflation.",
]

SEASONS = [
    ("The plant opened in the fall of 2021.", "the fall of 2021", "2021-FA"),
    ("The school will reopen this fall.", "this fall", "2024-FA"),
    ("Talks stalled in the fall of last year.", "the fall of last year", "2023-FA"),
]


@pytest.mark.parametrize("text", DROPS)
def test_fall_as_a_noun_is_no_season(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), SEASONS)
def test_fall_as_a_season_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

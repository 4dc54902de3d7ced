"""Short unit spellings of chat and notes ("5 min", "a sec", "2 hr"), in lower case only: "the
SEC" and "MIN" are no units (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT, mention

from summarize.temporal import tag_text

ROWS = [
    ("bus comes in 4 min", "4 min", "2022-05-07"),
    ("brb in a sec", "a sec", "2022-05-07"),
    ("The drive took 3 hr on a good day.", "3 hr", "PT3H"),
    ("Hold the plank for 45 sec.", "45 sec", "PT45S"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_short_units(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


@pytest.mark.parametrize("text", ["The SEC opened an inquiry into a SEC filing.",
                                  "Two SEC officials declined to comment."])
def test_capitalised_short_forms_are_no_units(text: str) -> None:
    assert tag_text(text, DCT) == []

""""Ten years on" with no date named before it is the time since an event, counted to the
present: a length, not a date ten years after the publication date; after a named date it is
that date moved on."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

LENGTHS = [
    ("Ten years on, the village still floods every spring.", "Ten years on", "P10Y"),
    ("Six months on, the bridge remains closed.", "Six months on", "P6M"),
    ("Two decades on, the case is unsolved.", "Two decades on", "P20Y"),
]

DATES = [
    ("The mine closed in 2004. Ten years on, the town had shrunk by half.", "Ten years on",
     "2014"),
]


@pytest.mark.parametrize(("text", "span", "value"), LENGTHS)
def test_units_on_without_a_date_are_lengths(text: str, span: str, value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found[span] == ("DURATION", value)


def test_units_on_after_a_named_year_move_it() -> None:
    text, span, value = DATES[0]
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

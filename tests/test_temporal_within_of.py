"""A bare plural unit after "within" may be "of" an event ("within hours of the blast"): a stretch
of unknown length, as after a word of sequence; "a matter of days" stays untagged."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

WITHIN = [
    ("Within hours of the landslide, volunteers were digging.", "hours", "PTXH"),
    ("The mayor resigned within days of the audit.", "days", "PXD"),
    ("Within weeks of opening, the bakery had a queue outside.", "weeks", "PXW"),
    ("The flood defences failed within minutes of the surge.", "minutes", "PTXM"),
    ("Prices doubled within months of the merger.", "months", "PXM"),
]

UNCHANGED = [
    ("The repairs took a matter of days.", []),
    ("Within days, the ferry was back in service.", [("days", "PXD")]),
]


@pytest.mark.parametrize(("text", "span", "value"), WITHIN)
def test_within_units_of_an_event(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "DURATION", value)]


@pytest.mark.parametrize(("text", "found"), UNCHANGED)
def test_other_bare_units_unchanged(text: str, found: list) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == found

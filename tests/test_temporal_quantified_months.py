"""A quantifier before a month ("every March", "each January") makes a SET recurring yearly
in that month (TIMEX3 XXXX-03), as "every Monday" recurs weekly; it was the month of the
publication year."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

SETS = [
    ("Inspectors visit the reservoir every March.", "every March", "XXXX-03"),
    ("The co-operative pays a bonus each December.", "each December", "XXXX-12"),
    ("Each January the ferry fleet is overhauled.", "Each January", "XXXX-01"),
    ("Swallows return to the valley every April.", "every April", "XXXX-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), SETS)
def test_every_month_recurs_yearly(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "SET", value)]


@pytest.mark.parametrize(("text", "found"), [
    ("Each may apply for a grant.", []),
    ("Every march needs a police permit.", []),
    ("The fair opened last March.", [("last March", "DATE", "2023-03")]),
])
def test_no_set_without_a_capitalised_month(text: str, found: list) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == found

"""Recurrence adverbs written with a hyphen ("semi-annually", "bi-weekly") are one SET with the
period they name ("semi-annually" P6M); "semi-annually" was read as "annually" (P1Y)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

SETS = [
    ("Interest on the bonds is paid semi-annually.", "semi-annually", "P6M"),
    ("The fund reports bi-annually to its members.", "bi-annually", "P6M"),
    ("The newsletter appears bi-weekly.", "bi-weekly", "P2W"),
    ("Rents are reviewed bi-monthly.", "bi-monthly", "P2M"),
]


@pytest.mark.parametrize(("text", "span", "value"), SETS)
def test_a_hyphenated_recurrence_is_one_set(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "SET", value)]


def test_the_adjective_before_a_noun_stays_untagged() -> None:
    assert tag_text("The firm released its semi-annual report.", DCT) == []

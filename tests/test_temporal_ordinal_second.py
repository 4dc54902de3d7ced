""""second" joined by a hyphen to a noun is an ordinal ("a second-floor office", "in a
second-round tie"), never one second; "second" as a unit, and "second-quarter" as a quarter,
stay."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 11, 29)

ORDINALS = [
    "Smoke poured from a second-floor window.",
    "She drove a second-hand van to the market.",
    "In a second-round tie the hosts were knocked out.",
    "It was a second-rate copy of the original.",
    "Officials said a second-term mayor could not run again.",
]

TIMES = [
    ("Hold on a second.", "a second", "PT1S"),
    ("The lights went out for a second, then came back.", "a second", "PT1S"),
    ("In a second, the roof gave way.", "a second", "PT1S"),
    ("The chain reported a second-quarter loss.", "second-quarter", "2021-Q2"),
]


@pytest.mark.parametrize("text", ORDINALS)
def test_hyphened_ordinals_are_no_seconds(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_seconds_and_quarters_stay(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

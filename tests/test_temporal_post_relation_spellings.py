"""Posts' spellings of relation words and units: "nxt" is "next" in lower case ("nxt wk",
"nxt friday") and "yr" a year after a relation word ("this yr"); "NXT" in capitals and "yr" as
"your" stay untagged (Wednesday 13 March 2024, ISO week 2024-W11)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found, mention

WED = date(2024, 3, 13)

FOUND = [
    ("pottery class starts nxt wk, who's in", "nxt wk", "2024-W12"),
    ("gutted, the gig got moved to nxt month", "nxt month", "2024-04"),
    ("see u nxt thursday at the allotment!!", "nxt thursday", "2024-03-21"),
    ("nxt sat night is the quiz at the ferry inn", "nxt sat night", "2024-03-16TNI"),
    ("council tax went up again this yr", "this yr", "2024"),
    ("last yr the whole street flooded", "last yr", "2023"),
    ("nxt yr i'm doing the coast path", "nxt yr", "2025"),
]

UNTAGGED = [
    "NXT week of wrestling on the telly",
    "tell yr mum thanks for the lift",
    "yr brother left his scarf at ours",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_relation_spelling(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_relation_spelling_untagged(text: str) -> None:
    assert found(text, WED) == []

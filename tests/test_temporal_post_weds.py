"""A post's "weds" is Wednesday: before a part of day or a clock time, after a word that leads
into a day ("on weds", "see you weds"), as "wed" is; a headline's capitalised "Weds" between
names ("Singer Weds Drummer") and a lower-case "weds" (marries) with no cue stay untagged
(Friday 15 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

FRI = date(2024, 3, 15)

FOUND = [
    ("weds night is pie night at the Copper Kettle", "weds night", "2024-03-13TNI"),
    ("see you weds! bring the Hollin tickets", "weds", "2024-03-20"),
    ("pancakes at mine on weds", "weds", "2024-03-20"),
    ("choir on weds at 7:30 in Ashby hall", "weds at 7:30", "2024-03-13T07:30"),
]

UNTAGGED = [
    "Singer Weds Drummer In Secret Ceremony",
    "my cousin weds her girlfriend at Harrowgate abbey",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_weds(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, FRI) if s == span] == [value]


@pytest.mark.parametrize("text", UNTAGGED)
def test_weds_as_a_verb(text: str) -> None:
    assert found(text, FRI) == []

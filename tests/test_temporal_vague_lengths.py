""""a while" is a stretch of unknown length (DURATION PXX, as TimeBank annotates it) and "a
while ago" a time in the past (PAST_REF); the conjunction "while" and the idiom "once in a
while" name no time."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

TAGGED = [
    ("The ferry will be out of service for a while.", "a while", "DURATION", "PXX"),
    ("After a while, the marchers went home.", "a while", "DURATION", "PXX"),
    ("The repairs could take quite a long while.", "a long while", "DURATION", "PXX"),
    ("Stay a little while longer, the guide said.", "a little while", "DURATION", "PXX"),
    ("The museum changed its hours a while ago.", "a while ago", "DATE", "PAST_REF"),
    ("I sold that bike a while back.", "a while back", "DATE", "PAST_REF"),
]

UNTAGGED = [
    "Prices rose while wages fell.",
    "We drive out to the coast once in a while.",
    "While the rain fell, the band played on.",
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), TAGGED)
def test_a_while_is_a_vague_length(text: str, span: str, kind: str, value: str) -> None:
    assert {m.text: (m.type, m.value) for m in tag_text(text, DCT)}[span] == (kind, value)


@pytest.mark.parametrize("text", UNTAGGED)
def test_while_as_a_conjunction_or_idiom_is_no_time(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []

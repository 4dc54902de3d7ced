"""Words prose writes in lower case ("now", "noon", "midnight", "tomorrow"...) capitalised inside
a name or title in running text are no times ("Lost Tomorrow went gold"); opening a sentence,
after a preposition or in a headline they stay times (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "Fans of Paradise Now queued outside the cinema.",
    "The Noon Collective opened a gallery by the canal.",
    "She signed with Velvet Midnight, a small record label.",
    "The Yesterday Club reunited for a charity concert.",
    "Critics praised Lost Tomorrow for its stark photography.",
]


@pytest.mark.parametrize("text", NAMES)
def test_capitalised_time_words_in_names_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("Tomorrow Parliament debates the budget.", "Tomorrow", "2022-05-08"),
    ("The ceasefire begins at Midnight, the army said.", "Midnight", "2022-05-07T24:00"),
    ("Talks Resume Tomorrow", "Tomorrow", "2022-05-08"),
    ("The parade is Tomorrow, organisers said.", "Tomorrow", "2022-05-08"),
    ("The rules are now stricter.", "now", "PRESENT_REF"),
    ("The queue was long. But Now the gates are open.", "Now", "PRESENT_REF"),
    ("RED CROSS DESK Yesterday the convoy reached the border.", "Yesterday", "2022-05-06"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_capitalised_time_words_with_a_cue_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

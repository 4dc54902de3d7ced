"""A calendar word before a place or club noun is part of a name ("Sunday Lane", "Easter
Islands", "the Tuesday Club", "9 April Crescent"); the same words stay times elsewhere (DCT
Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "The bakery on Sunday Lane has closed.",
    "Divers explored the reef off the Easter Islands.",
    "The Tuesday Club elected a new treasurer.",
    "The couple bought a flat at 9 April Crescent.",
    "Boats crowded into Thursday Harbour.",
    "A cyclist was hurt on Saturday Road.",
]


@pytest.mark.parametrize("text", NAMES)
def test_places_named_after_calendar_words_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("The bakery on the high street closed on Sunday.", "Sunday", "2022-05-01"),
    ("The club met on Tuesday at the harbour.", "Tuesday", "2022-05-03"),
    ("Crowds lined Main Street on 9 April.", "9 April", "2022-04-09"),
    ("Island ferries stopped running on Friday.", "Friday", "2022-05-06"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_calendar_words_away_from_place_nouns_stay_times(text: str, span: str,
                                                         value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

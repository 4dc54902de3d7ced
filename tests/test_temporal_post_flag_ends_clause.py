"""A flag or any other pictograph ends a post's clause as an emoji does: the verbless
announcement before it ("big game friday 🇺🇸") looks ahead, whatever past verb the next
clause holds, and a past verb of the day's own clause still sends it back. Before session 12
the clause's end knew pictographs from U+1F300 on only, so a flag (U+1F1E6...) let the next
clause's verb decide the day. Sentences written for this project (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

AHEAD = [
    ("big game friday 🇺🇸 we watched the last one at the bar", "friday", "2024-03-15"),
    ("harbour rally friday 🇬🇧 we marched in the rain last time", "friday", "2024-03-15"),
    ("street parade sunday 🇮🇪 we went last year", "sunday", "2024-03-17"),
    ("mahjong club friday 🀄 we came third last month", "friday", "2024-03-15"),
]

BACK = [
    ("we lost friday 🇮🇪 next one is at home", "friday", "2024-03-08"),
    ("the band played sunday 🇨🇦 what a night", "sunday", "2024-03-10"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_a_flag_ends_the_clause_of_a_verbless_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text,span,value", BACK)
def test_a_past_verb_before_the_flag_keeps_the_day_behind(text: str, span: str,
                                                          value: str) -> None:
    assert (span, value) in found(text, WED)

"""The sentence splitter's speed tricks give exactly what the plain forms they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import sentences

#: Characters that exercise every branch: terminals, seams, bullets, blanks, quotes, words.
_ALPHABET = st.sampled_from([*"aZbY.!?…•▪ \n\t\"'()1x", "...", " . ", "U.S.", "Mr", "p.m."])
_TEXTS = st.lists(_ALPHABET, max_size=60).map("".join)

_PLAIN_POINT = re.compile(r"[.!?…]+|[A-Z](?<=[a-z\d][A-Z])|\s[•▪◦‣●■](?=\s)")
_PLAIN_POINT_NO_BULLET = re.compile(r"[.!?…]+|[A-Z](?<=[a-z\d][A-Z])")


def _spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    """Every match of ``pattern`` in ``text`` from ``start``, as spans."""
    return [m.span() for m in pattern.finditer(text, start)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 5))
def test_point_patterns_match_their_plain_forms(text: str, start: int) -> None:
    assert _spans(sentences._POINT, text, start) == _spans(_PLAIN_POINT, text, start)
    assert _spans(sentences._POINT_NO_BULLET, text, start) == _spans(
        _PLAIN_POINT_NO_BULLET, text, start
    )


def test_point_patterns_on_hand_picked_text() -> None:
    text = "He left... Then dayToday a.m. • item ▪x U.S. ?! end.\"' Next ••  • b"
    assert _spans(sentences._POINT, text) == _spans(_PLAIN_POINT, text)
    assert _spans(sentences._POINT_NO_BULLET, text) == _spans(_PLAIN_POINT_NO_BULLET, text)

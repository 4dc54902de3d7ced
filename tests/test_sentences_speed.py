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


_PTB = st.sampled_from(
    [" . ", " , ", " ? ", " ", "The", "the", "Mr", "No", "e.g", "1", "(a)", "``", "''", "x", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PTB, max_size=40).map("".join))
def test_spaced_stop_agrees_with_terminal_cut(text: str) -> None:
    for start, end in sentences._blocks(text):
        quotes = [m.start() for m in re.finditer('"', text) if start <= m.start() < end]
        for sentence_start in (start, max(start, end - 12)):
            for pos in range(start, end):
                if text[pos] != "." or text[pos + 1 : pos + 2] == ".":
                    continue
                fast = sentences._spaced_stop(text, start, end, pos, sentence_start)
                if fast is not None:
                    term = (pos, pos + 1)
                    full = sentences._terminal_cut(text, (start, end), term, sentence_start, quotes)
                    assert fast == full


def test_spaced_stop_takes_the_common_points_and_leaves_abbreviations() -> None:
    text = "It ended . The talks , said Mr . Smith , ended . then on No . 10 ."
    stops = {
        pos: sentences._spaced_stop(text, 0, len(text), pos, 0)
        for pos in range(len(text))
        if text[pos] == "."
    }
    split, keep = text.index(". The"), text.index(". then")
    assert stops[split] == (split + 1, split + 2, sentences._SPLIT, split + 2)
    assert stops[keep] == (keep + 1, keep + 2, sentences._KEEP, keep + 2)
    assert stops[text.index(". Smith")] is None  # "Mr" goes to _terminal_cut
    assert stops[text.index(". 10")] is None  # "No" before a number too
    assert stops[len(text) - 1] is None  # the end of the text

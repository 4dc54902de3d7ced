"""Session 17's faster forms after recognition give what the plain forms give: each is checked
against the form it replaced (kept as the reference) on random texts made of the characters
the forms tell apart."""

from __future__ import annotations

import random
import re

from summarize.temporal import clause_says, tagger, tense
from summarize.temporal.length_checks import RECORD_BEFORE

#: Characters the clause-end, "then" and previous-word forms tell apart: marks, quotes, every
#: kind of white space, letters (cased, beyond ASCII), digits, "_" and an emoji.
_ALPHABET = [*"aAmMpP.;!?\n\"“”‘`'(,-_ \t\xa0\u2028", "then", "and", "I", "we", "i", "a.m.",
             "p.m.", "6", "Rain", "é", "ſ", "🎄", "☀", "  ", " . ", ". ("]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 40)))
            for _ in range(count)]


def _spans(pattern: re.Pattern, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_clause_end_and_then_clause_match_their_plain_alternations() -> None:
    pairs = ((tense._CLAUSE_END, re.compile(tense._PLAIN_CLAUSE_END)),
             (tense._THEN_CLAUSE, re.compile(tense._PLAIN_THEN_CLAUSE)))
    for text in _texts(17, 3000):
        n = len(text)
        for pos, endpos in ((0, n), (n // 3, n), (0, n // 2), (n // 4, 3 * n // 4)):
            for fast, plain in pairs:
                assert _spans(fast, text, pos, endpos) == _spans(plain, text, pos, endpos), text
                got, want = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), text


def _plain_prev_word(text: str, a: int, b: int) -> str:
    """``clause_says._prev_word`` as written before session 17 (the search decides)."""
    if b - a < 2 or not text[b - 1].isspace():
        return ""
    c = text[b - 2]
    if not (c.isspace() or c.isalnum() or c == "_"):
        return ""
    prev = re.compile(r"(\w+)\s+$").search(text, a, b)
    return prev.group(1).lower() if prev else ""


def test_prev_word_reads_the_word_the_search_finds() -> None:
    cases = [*_texts(71, 3000), "said on ", "rain  \t", "x_y ", "ÉTÉ ", "  ", "the 2nd \n",
             "ſunday ", "a\u2028b ", "Co. on ", "un\xa0on "]
    for text in cases:
        for a in range(0, len(text) + 1, 3):
            for b in range(a, len(text) + 1):
                assert clause_says._prev_word(text, a, b) == _plain_prev_word(text, a, b), \
                    (text, a, b)


def test_record_base_guard_holds_wherever_since_matches() -> None:
    case_blind_e = {c for c in map(chr, range(0x110000)) if re.fullmatch("(?i)e", c)}
    assert case_blind_e == {"e", "E"}
    assert all(c.isspace() == bool(re.fullmatch(r"\s", c)) for c in map(chr, range(0x3100)))
    rnd = random.Random(8)
    parts = ["since", "SINCE", "Since", "ſince", "sİnce", "once", " ", "\t", "\n", "\xa0",
             "lowest", "the", "e", "E", ",", "1900", "record", "x"]
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randrange(0, 12)))
        for start in range(len(text) + 1):
            plain = tagger._SINCE_BEFORE.search(text, max(0, start - 8), start)
            if plain is not None:
                assert text[max(0, start - 8):start].rstrip()[-1:] in ("e", "E"), text
            assert tagger._record_base(text, start) == (plain is not None and (
                RECORD_BEFORE.search(text, max(0, plain.start() - 60), plain.start())
                is not None)), (text, start)

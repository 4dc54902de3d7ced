"""Overlong sentences cut into pieces for the tagger, so that whatever it reads around a time
expression inside "its sentence" is bounded: a 40 MB text without full stops tags as fast per
MB as prose. Pieces are exact spans into the text; sentence numbers stay the caller's."""

from __future__ import annotations

from collections.abc import Sequence

from summarize import regex_cache as rx

#: The longest piece the tagger reads as one sentence (news sentences stay below 1,800).
MAX_PIECE = 2000
#: A clause break: ";", ":", a dash set off by spaces, or a comma not before a digit (so
#: "March 3, 2025" and "Monday, 3 March" stay whole); the piece ends after it.
_STRONG = rx.compile(r"[;:](?=\s)|\s[-–—]{1,2}(?=\s)|[–—](?=\s)")
_COMMA = rx.compile(r",(?=\s+[^\d\s])")
_SPACE = rx.compile(r"\s")


def cap_spans(text: str, spans: Sequence[tuple[int, int]], limit: int = MAX_PIECE
              ) -> list[tuple[int, int, int]]:
    """(start, end, sentence index) of each piece: a sentence of ``spans`` no longer than
    ``limit``, else its pieces, cut at the last clause break, comma or space of each
    stretch of ``limit`` characters (at ``limit`` when there is none)."""
    pieces: list[tuple[int, int, int]] = []
    for index, (start, end) in enumerate(spans):
        while end - start > limit:
            cut = _cut(text, start, start + limit)
            pieces.append((start, cut, index))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            pieces.append((start, end, index))
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end a piece that may run from ``start`` to ``stop``: after the last break of
    the strongest kind found in the second half of that stretch."""
    half = start + (stop - start) // 2
    for boundary in (_STRONG, _COMMA, _SPACE):
        last = None
        for found in boundary.finditer(text, half, stop):
            last = found
        if last is not None:
            return last.end()
    return stop

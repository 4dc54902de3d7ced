"""A text's candidates, recognised sentence piece by sentence piece and moved to their places in
the text; a short piece that recurs (a feed's or a schedule's repeated lines) is recognised
once and remembered."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from .candidate import Candidate
from .recognise import recognise

#: The candidates of each short piece recognised lately and seen at least twice, by its text
#: (``recognise`` reads nothing else): feeds, live blogs and schedules repeat short sentences
#: word for word, prose seldom does. ``_SEEN``: the short pieces seen so far.
_RECOGNISED: dict[str, tuple[Candidate, ...]] = {}
_SEEN: set[str] = set()
#: The longest piece remembered, and how many are kept before the memo starts afresh.
MEMO_PIECE = 200
MEMO_PIECES = 20_000


def recognise_by_piece(text: str, pieces: Sequence[tuple[int, int, int]]
                       ) -> tuple[list[Candidate], list[int], set[int]]:
    """Candidates piece by piece, so a sentence edge is a word edge even where scraping glued
    two sentences together ("its 13th dayToday, Saturday"), each one's piece, and the short
    pieces seen before (by index)."""
    cands: list[Candidate] = []
    where: list[int] = []
    repeated: set[int] = set()
    memo, seen = _RECOGNISED, _SEEN
    for p, (start, end, _) in enumerate(pieces):
        piece = text[start:end]
        short = end - start <= MEMO_PIECE
        found = memo.get(piece) if short else None
        if found is None:
            found = recognise(piece)
            if short:  # remembered when seen again: prose seldom repeats a sentence
                if piece not in seen:
                    if len(seen) >= MEMO_PIECES:
                        seen.clear()
                        memo.clear()
                    seen.add(piece)
                else:
                    memo[piece] = found = tuple(found)
                    repeated.add(p)
            else:  # never remembered: its new candidates move to the piece's place
                cands.extend(_moved(found, start, set()) if start else found)
                where.extend([p] * len(found))
                continue
        elif short:
            repeated.add(p)
        cands.extend(_shifted(c, start) for c in found)
        where.extend([p] * len(found))
    return cands, where, repeated


def _shifted(cand: Candidate, offset: int) -> Candidate:
    """``cand`` found in a sentence, moved to its place in the whole text."""
    if not offset:
        return cand
    fields = cand.fields
    if "event_start" in fields:
        fields = MappingProxyType({**fields,
                                   "event_start": str(int(fields["event_start"]) + offset)})
    return Candidate(cand.start + offset, cand.end + offset, cand.text, cand.rule, cand.kind,
                     fields, tuple(_shifted(p, offset) for p in cand.parts) if cand.parts else ())


#: The slot setters of a candidate's place and fields (as ``slots.quick_init`` fills them).
_SET_START, _SET_END, _SET_FIELDS = (Candidate.__dict__[f].__set__
                                     for f in ("start", "end", "fields"))


def _moved(found: Sequence[Candidate], offset: int, moved: set[int]) -> Sequence[Candidate]:
    """``_shifted`` of each candidate, moving them in place instead of copying: ``recognise``
    builds new candidates on every call, and a long piece's are never remembered, so nothing
    else holds them yet. A candidate that is a part of others too is moved once (``moved``:
    the ids of those moved already)."""
    for cand in found:
        if id(cand) in moved:
            continue
        moved.add(id(cand))
        _SET_START(cand, cand.start + offset)
        _SET_END(cand, cand.end + offset)
        fields = cand.fields
        if "event_start" in fields:
            _SET_FIELDS(cand, MappingProxyType(
                {**fields, "event_start": str(int(fields["event_start"]) + offset)}))
        if cand.parts:
            _moved(cand.parts, offset, moved)
    return found

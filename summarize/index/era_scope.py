"""Which learned eras an undated article could name: only those can change its dating.

An undated article's tagging result is kept under a context made of its story hints and the
learned eras that matter to it. An era is found in a text by its phrases only, so a new era
learned elsewhere in the corpus (a new "day N of ..." count in some dated article) leaves the
results of the articles that never name it valid, instead of sending every undated article to
be tagged again.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..temporal import Era
from .store import Store

_DETERMINERS = frozenset("the this its their a an".split())


def relevant_eras(store: Store, learned: Sequence[Era], rowids: list[int]) -> dict[int, str]:
    """Per article (rowid), a digest of the learned eras its title or text could name (absent:
    none); wider than the tagger's match: each word of a phrase anywhere, any case or quote."""
    if not learned:
        return {}
    phrases = [[frozenset(w for w in _quotes(p.lower()).split() if w not in _DETERMINERS)
                for p in (*era.phrases, *era.aliases)] for era in learned]
    # each word once per article; an era is looked at only when one of its words is there
    words = sorted({w for era in phrases for phrase in era for w in phrase})
    eras_of: dict[str, set[int]] = {}
    for k, era in enumerate(phrases):
        for phrase in era:
            for w in phrase:
                eras_of.setdefault(w, set()).add(k)
    always = {k for k, era in enumerate(phrases) if any(not phrase for phrase in era)}
    out: dict[int, str] = {}
    for i in range(0, len(rowids), 500):
        part = rowids[i:i + 500]
        marks = ",".join("?" * len(part))
        for rowid, title, text in store.query(
                f"SELECT rowid, title, text FROM articles WHERE rowid IN ({marks})", tuple(part)):
            lowered = _quotes(f"{title}\n{text}".lower())
            present = {w for w in words if w in lowered}
            maybe = always.union(*(eras_of[w] for w in present))
            named = [repr(learned[k]) for k in sorted(maybe)
                     if any(phrase <= present for phrase in phrases[k])]
            if named:
                out[rowid] = repr(named)
    return out


def _quotes(text: str) -> str:
    return text.replace("’", "'")

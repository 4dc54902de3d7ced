"""Which learned eras an undated article could name: only those can change its dating.

An undated article's tagging result is kept under a context made of its story hints and the
learned eras that matter to it. An era is found in a text by its phrases only, so a new era
learned elsewhere in the corpus (a new "day N of ..." count in some dated article) leaves the
results of the articles that never name it valid, instead of sending every undated article to
be tagged again. Each content's scope is kept (``era_scopes``) with the set of eras it was
checked against: an update checks kept contents against the eras new since, and only new
contents against all of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from ..temporal import Era
from .store import Store, query_in

_DETERMINERS = frozenset("the this its their a an".split())
TABLE = ("CREATE TABLE IF NOT EXISTS era_scopes (hash TEXT PRIMARY KEY, checked TEXT NOT NULL,"
         " named TEXT NOT NULL) WITHOUT ROWID")
#: meta key: the era set (reprs, JSON) that the rows whose ``checked`` is its digest checked.
_SET = "era-scope-set"


def relevant_eras(store: Store, learned: Sequence[Era], rowids: list[int]) -> dict[int, str]:
    """Per article (rowid), a digest of the learned eras its title or text could name (absent:
    none); wider than the tagger's match: each word of a phrase anywhere, any case or quote."""
    if not learned:
        return {}
    reprs = [repr(era) for era in learned]
    digest = _digest(reprs)
    with store.transaction() as conn:
        conn.execute(TABLE)
    hash_of: dict[int, str] = dict(query_in(
        store, "SELECT rowid, hash FROM articles WHERE rowid IN ({in})", rowids))
    hashes = sorted(set(hash_of.values()))
    kept: dict[str, tuple[str, str]] = {h: (checked, named) for h, checked, named in query_in(
        store, "SELECT hash, checked, named FROM era_scopes WHERE hash IN ({in})", hashes)}
    before = store.meta(_SET)
    old = set(json.loads(before)) if before else set()
    old_digest = _digest(old) if before else ""
    named: dict[str, set[str]] = {}
    full, since = [], []  # contents checked against every era, or only the new ones
    for h in hashes:
        checked, found = kept.get(h, ("", "[]"))
        if checked == digest:
            named[h] = set(json.loads(found))
        elif checked == old_digest:
            named[h] = set(json.loads(found)) & set(reprs)
            since.append(h)
        else:
            full.append(h)
    fresh = [k for k, r in enumerate(reprs) if r not in old]
    _scan(store, learned, range(len(learned)), full, named)
    if fresh:
        _scan(store, learned, fresh, since, named)
    writes = [(h, digest, json.dumps(sorted(named[h]))) for h in [*full, *since]]
    with store.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO era_scopes (hash, checked, named) "
                         "VALUES (?, ?, ?)", writes)
        store.set_meta(_SET, json.dumps(sorted(set(reprs))))
        # contents no article holds any more
        conn.execute("DELETE FROM era_scopes WHERE hash NOT IN (SELECT hash FROM articles)")
    out: dict[int, str] = {}
    for rowid in rowids:
        found = named[hash_of[rowid]]
        if found:
            out[rowid] = repr([r for r in reprs if r in found])
    return out


def _scan(store: Store, learned: Sequence[Era], which: Iterable[int], hashes: list[str],
          named: dict[str, set[str]]) -> None:
    """Add to ``named`` the eras (of ``which``) each content's title or text could name."""
    if not hashes:
        return
    which = list(which)
    phrases = [[frozenset(w for w in _quotes(p.lower()).split() if w not in _DETERMINERS)
                for p in (*learned[k].phrases, *learned[k].aliases)] for k in which]
    # each word once per article; an era is looked at only when one of its words is there
    words = sorted({w for era in phrases for phrase in era for w in phrase})
    eras_of: dict[str, set[int]] = {}
    for k, era in enumerate(phrases):
        for phrase in era:
            for w in phrase:
                eras_of.setdefault(w, set()).add(k)
    always = {k for k, era in enumerate(phrases) if any(not phrase for phrase in era)}
    for h, title, text in query_in(
            store, "SELECT hash, title, text FROM articles WHERE hash IN ({in}) GROUP BY hash",
            hashes):
        lowered = _quotes(f"{title}\n{text}".lower())
        present = {w for w in words if w in lowered}
        maybe = always.union(*(eras_of[w] for w in present))
        found = named.setdefault(h, set())
        found.update(repr(learned[which[k]]) for k in maybe
                     if any(phrase <= present for phrase in phrases[k]))


def _digest(reprs: Sequence[str]) -> str:
    return hashlib.blake2b(repr(sorted(set(reprs))).encode(), digest_size=12).hexdigest()


def _quotes(text: str) -> str:
    return text.replace("’", "'")

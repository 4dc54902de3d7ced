"""Storylines kept in the index: each content's fingerprint once, each article's story.

A fingerprint depends on one article's words alone (``storylines/vectors.py``), so it is
computed once per content, on the workers, and kept. After a sync that changed the articles
(or their dates), the clustering is re-run over the kept fingerprints: it is a pure function of
(content key, day, fingerprint) in corpus order, so the stories equal those of a fresh load, and
no text is read again. Its single pass resumes from the trace the last run kept
(``story_trace``): only stories the changes touched are measured again. An unchanged corpus
reads its stories straight from the tables.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial

import numpy

from ..corpus import Corpus
from ..engines import open_engine
from ..settings import Progress
from ..storylines import (
    Item,
    Storyline,
    StoryVector,
    Trace,
    content_key,
    fewer_collections,
    fitted_thresholds,
    stories_traced,
    story_vector,
)
from ..storylines.vectors import FINGERPRINT_VERSION
from .store import IndexProblem, Store, query_in, writer_lock

TABLES = """
CREATE TABLE IF NOT EXISTS story_prints (
    hash TEXT PRIMARY KEY, key TEXT NOT NULL, terms BLOB NOT NULL, weights BLOB NOT NULL,
    top BLOB NOT NULL, shown TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_of (article INTEGER PRIMARY KEY, story TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS storylines (
    rank INTEGER PRIMARY KEY, id TEXT NOT NULL, label TEXT NOT NULL, first TEXT, last TEXT,
    sources TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_trace (
    one INTEGER PRIMARY KEY CHECK (one = 0), version TEXT NOT NULL, days BLOB NOT NULL,
    keys TEXT NOT NULL, story BLOB NOT NULL, top BLOB NOT NULL, margins BLOB NOT NULL,
    complete BLOB NOT NULL, last INTEGER NOT NULL, joined BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS story_labels (digest TEXT PRIMARY KEY, label TEXT NOT NULL)
    WITHOUT ROWID;
"""
#: Bump when the trace's layout or meaning changes (an older trace is then not used).
TRACE_FORMAT = "2026.12.01-1"
#: Contents fingerprinted per work item; below PARALLEL_FROM the writer does it itself.
BATCH = 256
PARALLEL_FROM = 400

_ARTICLES = ("SELECT a.rowid, a.id, a.hash, a.source, t.dct FROM articles a "
             "JOIN files f ON f.path = a.path JOIN tagged t INDEXED BY tagged_dates "
             "ON t.hash = a.hash AND t.context = a.context ORDER BY f.seq, a.ordinal")


def fingerprint_rows(batch: Sequence[tuple[str, str, str]]) -> list[tuple]:
    """(hash, title, text) to the rows ``story_prints`` keeps. Runs on workers."""
    rows = []
    for h, title, text in batch:
        v = story_vector(title, text)
        rows.append((h, content_key(title, text), v.terms.astype("<i8").tobytes(),
                     v.weights.astype("<f8").tobytes(),
                     numpy.array(v.top, dtype="<i8").tobytes(), "\x1f".join(v.shown)))
    return rows


def _vector(terms: bytes, weights: bytes, top: bytes, shown: str) -> StoryVector:
    return StoryVector(numpy.frombuffer(terms, dtype="<i8").astype(numpy.int64),
                       numpy.frombuffer(weights, dtype="<f8").astype(numpy.float64),
                       tuple(numpy.frombuffer(top, dtype="<i8").tolist()),
                       tuple(shown.split("\x1f")) if shown else ())


def keep_stories(corpus: Corpus, store: Store, progress: Progress | None = None) -> Corpus:
    """Bring the index's storylines up to date and have ``corpus`` read them from there.
    When another process holds the index, they are found afresh instead (nothing kept)."""
    try:
        with writer_lock(store.path), fewer_collections():
            _update(store, corpus, progress)
    except IndexProblem:
        return corpus
    corpus.stored_storylines = partial(stored_storylines, store)
    return corpus


def _update(store: Store, corpus: Corpus, progress: Progress | None) -> None:
    with store.transaction() as conn:
        for statement in _statements():
            conn.execute(statement)
        if store.meta("story-prints") != FINGERPRINT_VERSION:  # made by other code: again
            conn.execute("DELETE FROM story_prints")
            store.set_meta("story-prints", FINGERPRINT_VERSION)
            store.set_meta("stories-inputs", "")
    rows = store.query(_ARTICLES)
    known = {h for (h,) in store.query("SELECT hash FROM story_prints")}
    missing = sorted({h for _, _, h, _, _ in rows} - known)
    if missing:
        _fingerprint(store, corpus, missing, progress)
    limits = fitted_thresholds()
    digest = hashlib.blake2b(repr((rows, limits)).encode(), digest_size=16).hexdigest()
    if store.meta("stories-inputs") == digest:
        return
    prints = {h: (key, _vector(*rest)) for h, key, *rest in store.query(
        "SELECT hash, key, terms, weights, top, shown FROM story_prints")}
    items = [Item(prints[h][0], date.fromisoformat(dct).toordinal() if dct else None,
                  prints[h][1]) for _, _, h, _, dct in rows]
    version = hashlib.blake2b(repr((limits, FINGERPRINT_VERSION, TRACE_FORMAT)).encode(),
                              digest_size=16).hexdigest()
    # each story's label kept by its members' contents: only the stories that changed get one
    labels = dict(store.query("SELECT digest, label FROM story_labels"))
    stories, trace = stories_traced(
        items, [(aid, source, date.fromisoformat(dct) if dct else None)
                for _, aid, _, source, dct in rows], limits, _load_trace(store, version), labels)
    rowid_of = {aid: rowid for rowid, aid, *_ in rows}
    with store.transaction() as conn:
        conn.execute("DELETE FROM story_of")
        conn.execute("DELETE FROM storylines")
        conn.executemany("INSERT INTO storylines (rank, id, label, first, last, sources) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         [(rank, s.id, s.label, s.first and s.first.isoformat(),
                           s.last and s.last.isoformat(), json.dumps(list(s.sources)))
                          for rank, s in enumerate(stories)])
        conn.executemany("INSERT INTO story_of (article, story) VALUES (?, ?)",
                         [(rowid_of[a], s.id) for s in stories for a in s.articles])
        _save_trace(conn, version, trace)
        conn.execute("DELETE FROM story_labels")
        conn.executemany("INSERT INTO story_labels (digest, label) VALUES (?, ?)",
                         sorted(labels.items()))
        store.set_meta("stories-inputs", digest)
    # the set of prints only grows with the corpus's history: drop those no article uses
    with store.transaction() as conn:
        conn.execute("DELETE FROM story_prints WHERE hash NOT IN (SELECT hash FROM articles)")


def _load_trace(store: Store, version: str) -> Trace | None:
    """The clustering's trace kept by the last run, None when there is none (or it was made
    with other thresholds, fingerprints or layout)."""
    rows = store.query("SELECT days, keys, story, top, margins, complete, last, joined "
                       "FROM story_trace WHERE version = ?", (version,))
    if not rows:
        return None
    days, keys, story, top, margins, complete, last, joined = rows[0]
    if not keys:
        return None
    keys = tuple(keys.split("\n"))
    try:  # a damaged row is not trusted: the pass then runs afresh
        trace = Trace(numpy.frombuffer(days, dtype="<i8"), keys,
                      numpy.frombuffer(story, dtype="<i8"),
                      numpy.frombuffer(top, dtype="<i8").reshape(len(keys), -1),
                      numpy.frombuffer(margins, dtype="<f8").reshape(len(keys), -1),
                      numpy.frombuffer(complete, dtype=bool), last,
                      numpy.frombuffer(joined, dtype="<f8"))
    except (TypeError, ValueError):
        return None
    if not (len(trace.days) == len(keys) == len(trace.story) == len(trace.complete)
            == len(trace.joined) and trace.top.shape == trace.margins.shape):
        return None
    return trace


def _save_trace(conn: object, version: str, trace: Trace) -> None:
    conn.execute("INSERT OR REPLACE INTO story_trace (one, version, days, keys, story, top, "
                 "margins, complete, last, joined) VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (version, trace.days.astype("<i8").tobytes(), "\n".join(trace.keys),
                  trace.story.astype("<i8").tobytes(), trace.top.astype("<i8").tobytes(),
                  trace.margins.astype("<f8").tobytes(), trace.complete.tobytes(), trace.last,
                  trace.joined.astype("<f8").tobytes()))


def _statements() -> list[str]:
    return [s.strip() for s in TABLES.split(";") if s.strip()]


def _fingerprint(store: Store, corpus: Corpus, hashes: list[str],
                 progress: Progress | None) -> None:
    """Fingerprint the contents the index has none for, on the engine's workers when many."""
    texts = query_in(store, "SELECT hash, title, text FROM articles WHERE hash IN ({in}) "
                     "GROUP BY hash", hashes)
    batches = [texts[i:i + BATCH] for i in range(0, len(texts), BATCH)]
    settings = corpus.settings
    if len(texts) < PARALLEL_FROM:
        _store_prints(store, map(fingerprint_rows, batches), len(texts), progress)
        return
    with open_engine(settings.engine, jobs=settings.jobs, scheduler=settings.scheduler) as engine:
        _store_prints(store, engine.map(fingerprint_rows, batches), len(texts), progress)


def _store_prints(store: Store, results: Iterable[list[tuple]], total: int,
                  progress: Progress | None) -> None:
    done = 0
    for rows in results:
        with store.transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO story_prints (hash, key, terms, weights, "
                             "top, shown) VALUES (?, ?, ?, ?, ?, ?)", rows)
        done += len(rows)
        if progress:
            progress("stories", done, total)


def stored_storylines(store: Store) -> list[Storyline]:
    """The storylines the index keeps, biggest first, articles in corpus order."""
    members: dict[str, list[str]] = {}
    for aid, story in store.query(
            "SELECT a.id, s.story FROM story_of s JOIN articles a ON a.rowid = s.article "
            "JOIN files f ON f.path = a.path ORDER BY f.seq, a.ordinal"):
        members.setdefault(story, []).append(aid)
    return [Storyline(sid, label, tuple(members.get(sid, ())), tuple(json.loads(sources)),
                      date.fromisoformat(first) if first else None,
                      date.fromisoformat(last) if last else None)
            for sid, label, first, last, sources in store.query(
                "SELECT id, label, first, last, sources FROM storylines ORDER BY rank")]

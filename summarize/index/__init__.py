"""The persistent index: a corpus seen before opens at once; changes are processed alone.

``open_index`` syncs an SQLite file (WAL, stdlib sqlite3) with the user's paths and returns
an ``IndexedCorpus``, a ``Corpus`` whose articles and timeline entries are read from the file
when used. Default location: one file per set of input paths in the user cache directory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import overload

from summarize import regex_cache as rx

from ..corpus import Corpus, removed_summary
from ..engines import Engine, open_engine
from ..ingest.discover import discover
from ..models import Problem, TaggedArticle
from ..settings import Progress, Settings
from ..storylines import fewer_collections
from ..tagging import era_registry
from ..timeline import TimelineEntry, filter_entry, period_of, rank_entries
from .cache import cache_folder, mark_used, trim_cache
from .codec import ARTICLE_COLUMNS, ARTICLE_WIDTH, article_from, removed_from, tagged_from
from .schema import SENTENCE_BITS
from .store import (
    IndexProblem,
    Store,
    damaged_note,
    is_damage,
    move_aside,
    open_store,
    remove_index,
    writer_lock,
)
from .sync import SyncReport, sync
from .view import ensure_view, load_entries, refresh_views

__all__ = ["IndexProblem", "IndexedCorpus", "SyncReport", "default_index_path", "index_stats",
           "open_index", "open_store"]


def default_index_path(paths: Sequence[str]) -> Path:
    """The cache file for a set of input paths: the same paths always reuse one index."""
    key = b"\n".join(sorted(os.fsencode(os.path.realpath(p)) for p in paths))
    digest = hashlib.blake2b(key, digest_size=8).hexdigest()
    return cache_folder() / f"{digest}.sqlite"


def open_index(paths: Sequence[str], settings: Settings = Settings(),
               progress: Progress | None = None, *, index: Path | None = None
               ) -> IndexedCorpus:
    """Sync the index with ``paths`` (reading and tagging only what changed) and open it.

    When the paths hold no file at all (missing, an empty folder), the index is not touched
    (nor made), and a new index that ends up holding no article (only unreadable files) is
    removed again: an IndexedCorpus without a store (no article, the problems) is returned."""
    path = index or default_index_path(paths)
    eras = era_registry(settings)
    with writer_lock(path), open_engine(settings.engine, jobs=settings.jobs,
                                        scheduler=settings.scheduler) as engine:
        found = discover(paths)
        if not found[0]:  # a typo in a path must not empty an index built before
            return IndexedCorpus([], list(found[1]), settings)
        created = not path.exists()
        store = open_store(path)
        try:
            report = _sync(store, paths, settings, eras, engine, progress, found)
        except sqlite3.DatabaseError as err:  # damage the first look did not reach
            store.close()
            if not is_damage(err):
                raise IndexProblem(f"{path}: cannot use the index ({err})") from None
            aside = move_aside(path)
            store = open_store(path)
            store.notes.append(damaged_note(err, aside))
            report = _sync(store, paths, settings, eras, engine, progress, found)
        except BaseException:
            store.close()
            raise
        if created and not report.articles:  # nothing worth keeping in the cache
            store.close()
            remove_index(path)
            return IndexedCorpus([], report.problems, settings, report=report)
        _remember_paths(store, paths)
    if path.parent == cache_folder():  # the default cache: least recently used go first
        with store.lock:  # so that the file's size is the index's size
            store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        mark_used(path)
        trim_cache(keep=path)
    notes = [Problem(str(store.path), note, "warning") for note in store.notes]
    return IndexedCorpus(StoredArticles(store), [*notes, *report.problems], settings,
                         store=store, report=report)


def _remember_paths(store: Store, paths: Sequence[str]) -> None:
    """Keep the input paths in the index, so that ``dateline index --list`` can name them and
    ``--prune`` can tell when they are all gone."""
    wanted = json.dumps(sorted(os.path.realpath(p) for p in paths))  # ASCII: any name
    if store.meta("paths") != wanted:
        with store.transaction():
            store.set_meta("paths", wanted)


def _sync(store: Store, paths: Sequence[str], settings: Settings, eras: list,
          engine: Engine, progress: Progress | None, found: tuple) -> SyncReport:
    with fewer_collections():  # millions of rows and lists, no cycles
        report = sync(store, paths, settings, eras, engine, progress, found)
        refresh_views(store, engine, progress)
    return report


class StoredArticles(Sequence[TaggedArticle]):
    """The corpus's tagged articles in corpus order, decoded from the index when read."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._rowids = [r[0] for r in store.query(
            "SELECT a.rowid FROM articles a JOIN files f ON f.path = a.path "
            "WHERE a.context IS NOT NULL ORDER BY f.seq, a.ordinal")]

    def __len__(self) -> int:
        return len(self._rowids)

    @overload
    def __getitem__(self, i: int) -> TaggedArticle: ...
    @overload
    def __getitem__(self, i: slice) -> list[TaggedArticle]: ...

    def __getitem__(self, i: int | slice) -> TaggedArticle | list[TaggedArticle]:
        if isinstance(i, slice):
            return [self._read(r) for r in self._rowids[i]]
        return self._read(self._rowids[i])

    def __iter__(self) -> Iterator[TaggedArticle]:
        return (self._read(r) for r in self._rowids)

    def _read(self, rowid: int) -> TaggedArticle:
        row = self._store.query(_TAGGED + "WHERE a.rowid = ?", (rowid,))[0]
        return tagged_from(row[ARTICLE_WIDTH:], article_from(row[:ARTICLE_WIDTH]))

    def find(self, article_id: str) -> TaggedArticle:
        rows = self._store.query(_TAGGED + "WHERE a.id = ?", (article_id,))
        if not rows:
            raise KeyError(article_id)
        return tagged_from(rows[0][ARTICLE_WIDTH:], article_from(rows[0][:ARTICLE_WIDTH]))


_TAGGED = (f"SELECT {ARTICLE_COLUMNS}, t.spans, t.mentions, t.dct, t.dct_source, "
           "t.confidence, t.evidence, t.conflicts FROM articles a JOIN tagged t "
           "ON t.hash = a.hash AND t.context = a.context ")
_WORD = rx.compile(r"\w+")


@dataclass(slots=True)
class IndexedCorpus(Corpus):
    """A Corpus backed by the index: counts and the timeline come from SQL, texts on demand."""

    store: Store | None = None
    report: SyncReport = field(default_factory=SyncReport)

    def by_id(self, article_id: str) -> TaggedArticle:
        if self.store is None:  # nothing was indexed
            raise KeyError(article_id)
        return self.tagged.find(article_id)  # type: ignore[attr-defined]

    def timeline(self, granularity: str = "day") -> list[TimelineEntry]:
        if self.store is None:
            return []
        if granularity != "day" and not self.store.meta(f"view:{granularity}"):
            settings = self.settings
            with open_engine(settings.engine, jobs=settings.jobs,
                             scheduler=settings.scheduler) as engine:
                ensure_view(self.store, granularity, engine)
        return load_entries(self.store, granularity)

    def source_names(self) -> list[str]:
        return list(self._summary()["sources"])

    def furniture_removed(self) -> tuple[int, dict[str, int]]:
        if self.store is None:
            return 0, {}
        return removed_summary(removed_from(row[0]) for row in self.store.query(
            "SELECT removed FROM articles WHERE removed != ''"))

    def published_span(self) -> tuple[date, date] | None:
        low, high = self._summary()["span"]
        return (date.fromisoformat(low), date.fromisoformat(high)) if low else None

    def _summary(self) -> dict:
        """Outlets and date span, kept by the last sync (see ``sync._summarise``)."""
        empty = '{"span": [null, null], "sources": []}'
        if self.store is None:
            return json.loads(empty)
        return json.loads(self.store.meta("summary") or empty)

    def narrow(self, entries: list[TimelineEntry], sources: frozenset[str] | None, query: str
               ) -> list[TimelineEntry]:
        """``narrow_entries`` with full-text search: only entries holding a matching sentence
        are read."""
        words = _WORD.findall(query.casefold())
        if not words or self.store is None:
            return Corpus.narrow(self, entries, sources, query)
        match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        hits = self.store.query("SELECT rowid FROM sentence_text WHERE sentence_text MATCH ?",
                                (match,))
        keys = {(r[0] >> SENTENCE_BITS, r[0] & ((1 << SENTENCE_BITS) - 1)) for r in hits}
        ids = {k[0] for k in keys}
        wanted: set[str] = set()
        if ids:
            found = self.store.query(
                "SELECT article, sentence, key, start FROM placements WHERE article IN "
                f"({','.join(map(str, sorted(ids)))})")
            for rowid, sentence, key, start in found:
                if (rowid, sentence) in keys:
                    wanted.add(key)
                    wanted.update(_periods_of(date.fromisoformat(start)))
        kept = (filter_entry(e, sources, query) for e in entries if e.key in wanted)
        return rank_entries([e for e in kept if e is not None])

    def with_article_date(self, article_id: str, day: date) -> Corpus:
        """Re-dating works on a copy in memory (the index keeps what the files say)."""
        plain = Corpus(list(self.tagged), self.problems, self.settings)
        return plain.with_article_date(article_id, day)


def _periods_of(day: date) -> list[str]:
    return [period_of(day, g)[0] for g in ("week", "month")]


def index_stats(store: Store) -> dict[str, object]:
    """What is in an index, for ``dateline index --stats``."""
    q = store.query
    stats: dict[str, object] = {
        "index": str(store.path),
        "bytes": sum(Path(f"{store.path}{s}").stat().st_size
                     for s in ("", "-wal") if Path(f"{store.path}{s}").exists()),
        "engine": store.meta("engine"),
        "files": q("SELECT count(*) FROM files")[0][0],
        "articles": q("SELECT count(*) FROM articles")[0][0],
        "distinct_contents": q("SELECT count(DISTINCT hash) FROM articles")[0][0],
        "tagged": q("SELECT count(*) FROM articles WHERE context IS NOT NULL")[0][0],
        "inferred_dates": q("SELECT count(*) FROM articles WHERE published IS NULL")[0][0],
        "mentions": q("SELECT coalesce(sum(json_array_length(t.mentions)), 0) FROM articles a "
                      "JOIN tagged t ON t.hash = a.hash AND t.context = a.context")[0][0],
        "sentences_filed": q("SELECT count(*) FROM placements")[0][0],
        "day_entries": q("SELECT count(*) FROM entries WHERE view = 'day'")[0][0],
        "sources": q("SELECT count(DISTINCT source) FROM articles WHERE source != ''")[0][0],
        "problems": sum(len(json.loads(p)) for (p,) in q("SELECT problems FROM files")),
    }
    span = q("SELECT min(t.dct), max(t.dct) FROM articles a JOIN tagged t INDEXED BY "
             "tagged_dates ON t.hash = a.hash AND t.context = a.context")[0]
    stats["published"] = f"{span[0]} – {span[1]}" if span[0] else ""
    return stats

"""Timeline entries kept in the index, so a corpus seen before opens without rebuilding.

The day view is updated in place: only the day slots whose placements changed (``dirty``) are
recomputed, and a big slot only as far as its new and lost sentences reach (its near-duplicate
clusters are kept, ``clusters.py``). Week and month views are built whole on first use and
kept until the corpus changes. Entries are read back with their counts and sources only; their
sentences load when someone looks at them (``StoredSentences``), so even a huge corpus's
timeline is ready at once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Protocol, TypeVar, overload

import numpy

from ..engines import Engine
from ..importance import LEAD_SENTENCES
from ..models import Mention
from ..settings import Progress
from ..timeline import RULE_REPORTED, DatedSentence, TimelineEntry, period_of, rank_entries
from .clusters import STATE_COLUMNS, SlotClusters, lookup, update_slot
from .codec import mentions_from
from .entries import Built, Filed, Member, build_entries, entry_row
from .schema import SENTENCE_BITS
from .store import Store, query_in

#: Sentences per work item when entries are computed on an engine.
BATCH_SENTENCES = 20_000
#: Slots (key, gran, start) of week or month periods read by one query, where periods allow.
SLOTS_PER_READ = 1000
#: Dirty slots holding fewer sentences than this are refreshed here, not on the workers:
#: starting them costs about as much CPU as refreshing that many (an update of a few files).
PARALLEL_REFRESH = 200_000
#: The slots, as (key, gran, start), whose sentences make one entry of a week or month view.
Period = list[tuple[str, str, str]]
K = TypeVar("K")

#: Joins a placement ``p`` to its sentence's text ``s.text``.
_SENTENCE_OF_PLACEMENT = (f"JOIN sentences s ON s.rowid = (p.article << {SENTENCE_BITS}) "
                          "+ p.sentence ")
_FILED = ("FROM placements p JOIN articles a ON a.rowid = p.article "
          "JOIN files f ON f.path = a.path ")
_MEMBERS = ("SELECT p.key, p.gran, p.start, p.end, p.article, p.pos, p.rule, p.uncertain, "
            "a.source, p.sentence, s.text, t.dct " + _FILED + _SENTENCE_OF_PLACEMENT
            + "JOIN tagged t ON t.hash = a.hash AND t.context = a.context ")
_ORDER = " ORDER BY f.seq, a.ordinal, p.pos"


def refresh_views(store: Store, engine: Engine,
                  progress: Progress | None = None) -> int:
    """Recompute the day entries of every dirty slot; returns how many slots.

    A slot with a kept cluster state is updated in place: only its new sentences are read
    and compared (``clusters.update_slot``); the others are clustered whole. On this
    machine's engine the workers read the slots from the index themselves (read-only), so
    the one writing process only stores results; on a cluster the writer reads the slots and
    ships them. Each batch of results replaces its slots' entries and dirt in one
    transaction, so a kill leaves every slot either old and dirty or new and clean.
    """
    slots = store.query("SELECT key, gran FROM dirty ORDER BY key, gran")
    if not slots:
        return 0
    held = set(store.query("SELECT key, gran FROM clusters"))
    corpus = _CorpusOrder.of(store) if held else None
    if getattr(engine, "name", "") == "local":
        batches, size = _slot_batches(store, slots)
        jobs = [(str(store.path), corpus, [(slot, slot in held) for slot in batch])
                for batch in batches]
        mapper = engine.map if size >= PARALLEL_REFRESH else map
        results: Iterable[list[Refreshed]] = mapper(refresh_slots, jobs)
    else:
        results = _refresh_shipping(store, engine, slots, held, corpus)
    done = 0
    for batch in results:
        with store.transaction() as conn:
            _store(conn, batch)
        done += len(batch)
        if progress:
            progress("view", done, len(slots))
    return len(slots)


#: A dirty slot and what it became: its entry row and cluster state, or None (no members).
Refreshed = tuple[tuple[str, str], Built | None]


class Reads(Protocol):
    def query(self, sql: str, params: tuple = ()) -> list[tuple]: ...


class _Reader:
    """A read-only connection to the index, for workers on this machine."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


def refresh_slots(job: tuple[str, _CorpusOrder | None, list[tuple[tuple[str, str], bool]]]
                  ) -> list[Refreshed]:
    """Dirty day slots refreshed from the index at ``path``: updated in place where a
    cluster state is kept (and still applies), clustered whole otherwise. Runs on workers."""
    path, corpus, slots = job
    with _Reader(path) as reader:
        return [(slot, _refresh(reader, slot, held, corpus)) for slot, held in slots]


def _refresh(reader: Reads, slot: tuple[str, str], held: bool, corpus: _CorpusOrder | None
             ) -> Built | None:
    done = _update(reader, *slot, corpus) if held and corpus else None
    if done is None:
        rows = reader.query(_MEMBERS + "WHERE p.key = ? AND p.gran = ?" + _ORDER, slot)
        return build_entries(list(_slots("day", rows)))[0] if rows else None
    return done or None


def _slot_batches(store: Store, slots: list[tuple[str, str]]
                  ) -> tuple[list[list[tuple[str, str]]], int]:
    """Dirty slots in work items by their member counts (``_biggest_first``), and how many
    members they hold in all."""
    # CROSS JOIN keeps the few dirty slots outside, each looked up in the slot index: left
    # to choose, SQLite scanned every placement (0.8 against 0.14 s at 100,000 articles)
    sizes = dict(((k, g), n) for k, g, n in store.query(
        "SELECT d.key, d.gran, count(*) FROM dirty d CROSS JOIN placements p "
        "ON p.key = d.key AND p.gran = d.gran GROUP BY d.key, d.gran"))
    return (_biggest_first({slot: sizes.get(slot, 0) + 1 for slot in slots}),
            sum(sizes.values()))


def _biggest_first(sizes: dict[K, int]) -> list[list[K]]:
    """Keys in work items of about BATCH_SENTENCES sentences, the biggest first, so that the
    workers finish together (each item is stored on its own: order is free)."""
    items: list[list[K]] = []
    size = BATCH_SENTENCES
    for key in sorted(sizes, key=lambda key: -sizes[key]):
        if size >= BATCH_SENTENCES:
            items.append([])
            size = 0
        items[-1].append(key)
        size += sizes[key]
    return items


def _refresh_shipping(store: Store, engine: Engine, slots: list[tuple[str, str]],
                      held: set[tuple[str, str]], corpus: _CorpusOrder | None
                      ) -> Iterator[list[Refreshed]]:
    """For engines whose workers cannot read the index: slots with a cluster state are
    updated here; the rest are read here, slot by slot, while the workers cluster them."""
    whole = []
    here: list[Refreshed] = []
    for slot in slots:
        done = _update(store, *slot, corpus) if corpus and slot in held else None
        if done is None:
            whole.append(slot)
        else:
            here.append((slot, done or None))
    yield here
    members = (row for slot in whole for row in store.query(
        _MEMBERS + "WHERE p.key = ? AND p.gran = ?" + _ORDER, slot))
    filled = set()
    for batch in _windows(_batches(_slots("day", members)), engine):
        filled.update((row[1], row[2]) for row, _ in batch)
        yield [((row[1], row[2]), (row, state)) for row, state in batch]
    yield [(slot, None) for slot in whole if slot not in filled]


def _store(conn: sqlite3.Connection, batch: list[Refreshed]) -> None:
    """Replace the entries and cluster states of a batch of slots; they are clean now."""
    keys = [slot for slot, _ in batch]
    conn.executemany("DELETE FROM entries WHERE view = 'day' AND key = ? AND gran = ?", keys)
    conn.executemany("DELETE FROM clusters WHERE key = ? AND gran = ?", keys)
    _insert(conn, [built[0] for _, built in batch if built])
    conn.executemany(f"INSERT INTO clusters (key, gran, {STATE_COLUMNS}) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*slot, *built[1]) for slot, built in batch if built and built[1]])
    conn.executemany("DELETE FROM dirty WHERE key = ? AND gran = ?", keys)


def _update(store: Reads, key: str, gran: str, corpus: _CorpusOrder
            ) -> Built | tuple[()] | None:
    """A dirty day slot brought up to date from its kept clusters: () when it has no members
    left, None when it must be clustered whole."""
    rows = store.query("SELECT article, pos, sentence, rule != ?, uncertain, start, end "
                       "FROM placements WHERE key = ? AND gran = ?", (RULE_REPORTED, key, gran))
    if not rows:
        return ()
    old = SlotClusters.from_row(*store.query(
        f"SELECT {STATE_COLUMNS} FROM clusters WHERE key = ? AND gran = ?", (key, gran))[0])
    columns = list(zip(*rows, strict=True))
    article, pos, sentence, named, uncertain = (
        numpy.fromiter(column, dtype=numpy.int64, count=len(rows)) for column in columns[:5])
    ids = (article << SENTENCE_BITS) + pos
    state = update_slot(old, ids, (article << SENTENCE_BITS) + sentence,
                        partial(_texts, store))
    if state is None:
        return None
    order = numpy.lexsort((pos, corpus.rank[article]))
    labels = state.labels[lookup(state.members, ids[order])[0]]
    filed = Filed(article[order], pos[order], named[order].astype(bool),
                  uncertain[order].astype(bool), corpus.source[article[order]], corpus.outlets,
                  corpus.reported[article[order]], sentence[order] < LEAD_SENTENCES)
    return (entry_row("day", key, gran, min(columns[5]), max(columns[6]), filed, labels),
            state.row())


@dataclass(slots=True)
class _CorpusOrder:
    """Each article's place in corpus order, its outlet and its reference date (an ordinal,
    -1 unknown), indexed by rowid."""

    rank: numpy.ndarray
    source: numpy.ndarray
    outlets: list[str]
    reported: numpy.ndarray

    @classmethod
    def of(cls, store: Store) -> _CorpusOrder:
        rows = store.query("SELECT a.rowid, a.source, t.dct FROM articles a JOIN files f "
                           "ON f.path = a.path LEFT JOIN tagged t INDEXED BY tagged_dates "
                           "ON t.hash = a.hash AND t.context = a.context "
                           "ORDER BY f.seq, a.ordinal")
        size = max((r[0] for r in rows), default=0) + 1
        rowids = [r[0] for r in rows]
        outlets = list(dict.fromkeys(r[1] for r in rows))
        code = {name: i for i, name in enumerate(outlets)}
        rank = numpy.zeros(size, dtype=numpy.int64)
        rank[rowids] = numpy.arange(len(rows))
        source = numpy.zeros(size, dtype=numpy.int64)
        source[rowids] = [code[r[1]] for r in rows]
        reported = numpy.full(size, -1, dtype=numpy.int64)
        reported[rowids] = [date.fromisoformat(r[2]).toordinal() if r[2] else -1 for r in rows]
        return cls(rank, source, outlets, reported)


def _texts(store: Reads, sentences: Sequence[int], chunk: int = 500) -> list[str]:
    """The texts of sentences given by rowid, in that order."""
    found: dict[int, str] = dict(query_in(
        store, "SELECT rowid, text FROM sentences WHERE rowid IN ({in})", sentences, chunk=chunk))
    return [found[s] for s in sentences]


def _slots(view: str, rows: Iterable[tuple]) -> Iterator[tuple]:
    """(view, key, gran, start, end, members) for rows that arrive grouped by slot."""
    current: tuple[str, str] | None = None
    members: list[Member] = []
    span = ("", "")
    for key, gran, start, end, *member in rows:
        if (key, gran) != current:
            if current is not None:
                yield (view, *current, *span, members)
            current, members, span = (key, gran), [], (start, end)
        members.append(tuple(member))  # type: ignore[arg-type]
        span = (min(span[0], start), max(span[1], end))
    if current is not None:
        yield (view, *current, *span, members)


def _batches(slots: Iterable[tuple]) -> Iterator[list[tuple]]:
    """Slots grouped into work items of about BATCH_SENTENCES sentences."""
    batch: list[tuple] = []
    size = 0
    for slot in slots:
        batch.append(slot)
        size += len(slot[-1])
        if size >= BATCH_SENTENCES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _windows(batches: Iterable[list[tuple]], engine: Engine, width: int = 4
             ) -> Iterator[list[tuple]]:
    """``build_entries`` over the batches on the engine, a window at a time: the next window
    is read and submitted while the workers finish the one before (bounded memory)."""
    pending: Iterator[list[tuple]] | None = None
    window: list[list[tuple]] = []
    for batch in batches:
        window.append(batch)
        if len(window) >= width:
            started = engine.map(build_entries, window)
            if pending is not None:
                yield from pending
            pending, window = started, []
    started = engine.map(build_entries, window) if window else None
    if pending is not None:
        yield from pending
    if started is not None:
        yield from started


def ensure_view(store: Store, granularity: str, engine: Engine) -> None:
    """Make sure the entries of ``granularity`` ("day", "week", "month") are in the index.

    Week and month views are built whole, in work items of whole periods of about
    BATCH_SENTENCES sentences, biggest first: day (and, for months, week) slots are gathered
    into their period. On this machine's engine the workers read their periods' sentences
    from the index themselves; on a cluster the writer reads and ships them.
    """
    if granularity == "day":
        refresh_views(store, engine)
        return
    if store.meta(f"view:{granularity}"):
        return
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    sizes: dict[tuple[str, str], int] = {}
    for key, gran, start, n in store.query("SELECT key, gran, start, count(*) FROM placements "
                                           "GROUP BY key, gran, start"):
        final = _final_slot(granularity, key, gran, start)[:2]
        groups.setdefault(final, []).append((key, gran, start))
        sizes[final] = sizes.get(final, 0) + n
    items = [[groups[final] for final in finals] for finals in _biggest_first(sizes)]
    if getattr(engine, "name", "") == "local":
        done = engine.map(period_entries,
                          [(str(store.path), granularity, periods) for periods in items])
        computed = [row for part in done for row in part]
    else:  # read here, a window of work items ahead of the workers (as days are shipped)
        slots = (slot for periods in items
                 for slot in _group(granularity, _period_members(store, periods)))
        computed = [row for done in _windows(_batches(slots), engine) for row, _ in done]
    with store.transaction() as conn:
        conn.execute("DELETE FROM entries WHERE view = ?", (granularity,))
        _insert(conn, computed)
        store.set_meta(f"view:{granularity}", "ready")


def period_entries(job: tuple[str, str, list[Period]]) -> list[tuple]:
    """The entry rows of a work item of whole periods, read from the index at ``path``
    (read-only) and built here. Runs on workers."""
    path, view, periods = job
    with _Reader(path) as reader:
        rows = _period_members(reader, periods)
    return [row for row, _ in build_entries(_group(view, rows))]


def _period_members(store: Reads, periods: list[Period]) -> list[tuple]:
    """The member rows of these periods, each period's in corpus order (a period is read by
    one query, SLOTS_PER_READ slots or fewer per query when the periods allow)."""
    rows: list[tuple] = []
    part: Period = []
    for i, period in enumerate(periods):
        part += period
        if i + 1 < len(periods) and len(part) + len(periods[i + 1]) <= SLOTS_PER_READ:
            continue
        marks = ",".join("(?, ?, ?)" for _ in part)
        rows += store.query(_MEMBERS + f"WHERE (p.key, p.gran, p.start) IN (VALUES {marks})"
                            + _ORDER, tuple(x for t in part for x in t))
        part = []
    return rows


def _insert(conn: object, rows: list[tuple]) -> None:
    conn.executemany("INSERT INTO entries (view, key, gran, start, end, features, uncertain,"  # type: ignore[attr-defined]
                     " coarse, n, sources, refs, shared) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _group(view: str, rows: list[tuple]) -> list[tuple]:
    """Member rows (in corpus order) gathered by the entry of ``view`` they file in:
    (view, key, gran, start, end, members) per entry."""
    groups: dict[tuple[str, str], list[Member]] = {}
    spans: dict[tuple[str, str], tuple[str, str]] = {}
    finals: dict[tuple[str, str, str, str], tuple[str, str, str, str]] = {}
    for key, gran, start, end, *member in rows:
        slot4 = finals.get((key, gran, start, end))
        if slot4 is None:
            slot4 = finals[key, gran, start, end] = _final_slot(view, key, gran, start, end)
        slot = slot4[:2]
        groups.setdefault(slot, []).append(tuple(member))  # type: ignore[arg-type]
        old = spans.get(slot, slot4[2:])
        spans[slot] = (min(old[0], slot4[2]), max(old[1], slot4[3]))
    return [(view, *slot, *spans[slot], members) for slot, members in groups.items()]


def _final_slot(view: str, key: str, gran: str, start: str, end: str = ""
                ) -> tuple[str, str, str, str]:
    """Where a placement's slot files in ``view``: days (and weeks, in a month view) go into
    their period, as ``timeline.build_timeline`` does; broader slots stay as they are."""
    if view != "day" and gran in ("day", "week") and (view == "month" or gran == "day"):
        k, s, e = period_of(date.fromisoformat(start), view)
        return k, view, s.isoformat(), e.isoformat()
    return key, gran, start, end


def load_entries(store: Store, granularity: str) -> list[TimelineEntry]:
    """The view's entries in timeline order, ranked from their stored features; sentences
    load lazily."""
    rows = store.query("SELECT key, gran, start, end, features, uncertain, coarse, n, sources "
                       "FROM entries WHERE view = ?", (granularity,))
    entries = [TimelineEntry(key, gran, date.fromisoformat(start), date.fromisoformat(end),
                             StoredSentences(store, granularity, key, gran, n,  # type: ignore[arg-type]
                                             tuple(json.loads(sources))),
                             0.0, bool(uncertain), bool(coarse), tuple(json.loads(features)))
               for key, gran, start, end, features, uncertain, coarse, n, sources in rows]
    entries.sort(key=lambda e: (e.is_coarse, e.start, e.end, e.key))
    return rank_entries(entries)


class StoredSentences(Sequence[DatedSentence]):
    """An entry's sentences, read from the index on first use (count and sources at once)."""

    __slots__ = ("_loaded", "_n", "_store", "_where", "sources")

    def __init__(self, store: Store, view: str, key: str, gran: str, n: int,
                 sources: tuple[str, ...]) -> None:
        self._store = store
        self._where = (view, key, gran)
        self._n = n
        #: Every outlet of the entry, first-seen order (what ``TimelineEntry.sources`` gives).
        self.sources = sources
        self._loaded: tuple[DatedSentence, ...] | None = None

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> DatedSentence: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[DatedSentence]: ...

    def __getitem__(self, i: int | slice) -> DatedSentence | Sequence[DatedSentence]:
        return self.load()[i]

    def __iter__(self) -> Iterator[DatedSentence]:
        return iter(self.load())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(self._where)

    def texts(self, first: int, step: int) -> list[str]:
        """The texts of sentences ``first``, ``first + step``... without reading the rest."""
        if self._loaded is not None or step == 1:
            return [s.text for s in self.load()[first::step]]
        refs = _refs(self._store, *self._where)[first::step]
        with self._store.lock:
            cur = self._store.conn.cursor()
            return [cur.execute("SELECT s.text FROM placements p " + _SENTENCE_OF_PLACEMENT +
                                "WHERE p.article = ? AND p.pos = ?", (rowid, pos)).fetchone()[0]
                    for rowid, pos, _ in refs]

    def load(self) -> tuple[DatedSentence, ...]:
        if self._loaded is None:
            self._loaded = tuple(_read_sentences(self._store, *self._where))
        return self._loaded


def _refs(store: Store, view: str, key: str, gran: str) -> list[tuple[int, int, list | None]]:
    """An entry's collapsed sentences in order: (article rowid, pos, outlets or None)."""
    row = store.query("SELECT refs, shared FROM entries WHERE view = ? AND key = ? AND gran = ?",
                      (view, key, gran))
    if not row:
        return []
    pairs = numpy.frombuffer(row[0][0], dtype="<i8").reshape(-1, 2).tolist()
    shared = json.loads(row[0][1])
    return [(rowid, pos, shared.get(str(i))) for i, (rowid, pos) in enumerate(pairs)]


def _read_sentences(store: Store, view: str, key: str, gran: str) -> list[DatedSentence]:
    mentions: dict[int, tuple[Mention, ...]] = {}
    out = []
    with store.lock:
        cur = store.conn.cursor()
        for rowid, pos, sources in _refs(store, view, key, gran):
            (sentence, sstart, send, rule, uncertain, picked, aid, source, text, dct) = \
                cur.execute(
                    "SELECT p.sentence, p.sstart, p.send, p.rule, p.uncertain, p.mentions, a.id,"
                    " a.source, s.text, t.dct FROM placements p "
                    "JOIN articles a ON a.rowid = p.article "
                    "JOIN tagged t ON t.hash = a.hash AND t.context = a.context "
                    + _SENTENCE_OF_PLACEMENT + "WHERE p.article = ? AND p.pos = ?",
                    (rowid, pos)).fetchone()
            if rowid not in mentions:
                full, data = cur.execute(
                    "SELECT a.text, t.mentions FROM articles a JOIN tagged t ON t.hash = a.hash "
                    "AND t.context = a.context WHERE a.rowid = ?", (rowid,)).fetchone()
                mentions[rowid] = mentions_from(data, aid, full)
            found = mentions[rowid]
            out.append(DatedSentence(
                aid, sentence, sstart, send, text, source,
                date.fromisoformat(dct) if dct else None, rule,
                tuple(found[i] for i in json.loads(picked)),
                tuple(sources) if sources else (source,), bool(uncertain)))
    return out

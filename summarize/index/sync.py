"""Bring an index up to date with the user's paths: only what changed is read and tagged.

Steps, each committed in small transactions so that a kill leaves a consistent index and the
next run resumes where this one stopped:

1. files that vanished are dropped, new or changed files (size or mtime differ) are read;
2. ids are made unique across the corpus, in corpus order (as a fresh load does);
3. dated articles without a tagging result for their content are tagged;
4. undated articles are dated with what the dated ones teach (learned eras, story hints); a
   result is reused when those hints are unchanged;
5. every article's sentences are filed (placements) and indexed for full-text search; the day
   slots they touch are marked dirty for the timeline view (see ``view.py``).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from ..engines import Engine
from ..ingest.discover import STDIN, discover
from ..ingest.ids import GivenIds, give_id
from ..models import Article, Problem
from ..settings import Progress, Settings
from ..stories import StoryIndex
from ..tagging import CALENDAR_MARGIN_YEARS, calendar_problems
from ..temporal import Era, learn_eras
from ..work import stat_of
from .codec import (
    ARTICLE_COLUMNS,
    article_from,
    article_row,
    dumps,
    mentions_from,
    name_from,
    stored_name,
)
from .era_scope import relevant_eras
from .schema import SENTENCE_BITS
from .store import Store
from .work import read_keyed, story_hints, tag_rows

#: Files per read batch aim at this many bytes; articles per tagging batch.
READ_BATCH_BYTES = 4 * 1024 * 1024
#: A file modified this close to when it was read may have changed unseen: read it again.
RACY_NS = 2_000_000_000
TAG_BATCH = 64
#: Fewer articles to tag than this are tagged here: starting the workers would cost more CPU
#: than they save (an update of a few files).
PARALLEL_TAGGING = 256
#: From this many undated articles on, their story hints are worked out on the engine, when
#: this sync has set its workers going already (reading many files, tagging many articles):
#: started for the hints alone (an update of a few files), two spawned workers and the story
#: index pickled to each cost more CPU than the hints (12,300 at 100,000 articles: 7.8-8.1 s
#: of CPU against 3.2-4.3 s here).
PARALLEL_HINTS = 2000


@dataclass(slots=True)
class SyncReport:
    """What one sync did, for ``dateline index`` and the TUI's log."""

    files: int = 0
    added: int = 0
    changed: int = 0
    removed: int = 0
    articles: int = 0
    tagged: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        return self.files - self.added - self.changed


def settings_digest(settings: Settings, eras: Sequence[Era]) -> str:
    """What the tagging results depend on besides the article: options and eras."""
    key = repr((settings.dct, settings.day_first,
                [repr(e) for e in eras]))
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def sync(store: Store, paths: Sequence[str], settings: Settings, eras: Sequence[Era],
         engine: Engine, progress: Progress | None = None,
         found: tuple[Sequence, Sequence[Problem]] | None = None) -> SyncReport:
    """Update ``store`` to mirror ``paths`` (``found``: what ``discover`` made of them, when
    the caller has it already); returns what changed and every input problem."""
    started = time.perf_counter()
    inputs, problems = found if found is not None else discover(paths)
    if STDIN in inputs:
        raise ValueError("standard input cannot be indexed")
    files = [str(p) for p in inputs]
    report = SyncReport(files=len(files), problems=list(problems))
    _check_settings(store, settings, eras)
    working = _read_changed(store, files, settings, engine, report, progress)
    renamed = _number(store, files)
    report.tagged = _tag_dated(store, settings, eras, engine, progress)
    working = working or report.tagged >= PARALLEL_TAGGING
    changed = store.meta("changed") == "1"
    report.tagged += _tag_undated(store, settings, eras, engine, progress, changed, working)
    if changed or store.meta("summary") is None:
        _summarise(store, settings)
    report.articles = store.query("SELECT count(*) FROM articles")[0][0]
    for path, data in store.query("SELECT path, problems FROM files ORDER BY seq"):
        report.problems += [Problem(name_from(path), message, severity)
                            for message, severity in json.loads(data)]
        report.problems += renamed.get(name_from(path), [])
    summary = json.loads(store.meta("summary") or "{}")
    report.problems += [Problem(origin, message, "warning")
                        for origin, message in summary.get("calendar", [])]
    report.seconds = time.perf_counter() - started
    return report


def _check_settings(store: Store, settings: Settings, eras: Sequence[Era]) -> None:
    """Other options or eras than last time: keep the files read, drop every result."""
    digest = settings_digest(settings, eras)
    reading = str(settings.max_bytes)
    if store.meta("settings") == digest and store.meta("reading") == reading:
        return
    with store.transaction() as conn:
        if store.meta("reading") != reading:  # re-read everything under the new size limit
            conn.execute("DELETE FROM files")
            conn.execute("DELETE FROM articles")
        for table in ("tagged", "placements", "entries", "clusters", "dirty"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT INTO sentence_text (sentence_text) VALUES ('delete-all')")
        conn.execute("DELETE FROM sentences")
        conn.execute("UPDATE articles SET context = NULL")
        conn.execute("DELETE FROM meta WHERE key LIKE 'view:%'")
        _mark_changed(conn)
        store.set_meta("settings", digest)
        store.set_meta("reading", reading)


def _read_changed(store: Store, files: list[str], settings: Settings, engine: Engine,
                  report: SyncReport, progress: Progress | None) -> bool:
    """Drop vanished files, read new or changed ones; True when the engine was handed several
    batches of them (its workers are running)."""
    indexed = [(name_from(path), *rest)
               for path, *rest in store.query("SELECT path, size, mtime_ns, read_ns FROM files")]
    # A file modified within RACY_NS of being read is read again whatever its stat says.
    known = {path: (size, mtime) for path, size, mtime, read in indexed
             if mtime < read - RACY_NS}
    wanted = set(files)
    gone = [path for path, *_ in indexed if path not in wanted]
    if gone:
        with store.transaction() as conn:
            for path in gone:
                _drop_file(conn, path)
        report.removed = len(gone)
    stale = [path for path in files if stat_of(path) != known.get(path)]
    held = {path for path, *_ in indexed}
    report.added = sum(path not in held for path in stale)
    report.changed = len(stale) - report.added
    if not stale:
        return False
    batches = _read_batches(stale)
    read = partial(read_keyed, max_bytes=settings.max_bytes)
    done = 0
    for batch in engine.map(read, batches):
        with store.transaction() as conn:
            for found, keys in batch:
                problems = [[p.message, p.severity] for p in found.problems]
                path = stored_name(found.path)
                if _same_articles(conn, found, keys):  # touched, not changed
                    report.changed -= 1
                    conn.execute("UPDATE files SET size = ?, mtime_ns = ?, read_ns = ?, "
                                 "problems = ? WHERE path = ?", (found.size, found.mtime_ns,
                                 time.time_ns(), json.dumps(problems), path))
                    continue
                _drop_file(conn, found.path)
                conn.executemany(
                    "INSERT INTO articles (path, ordinal, base_id, id, hash, terms, title, text,"
                    " source, url, byline, published, published_from, language, origin, removed)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(path, i, a.id, a.id, *key, *article_row(a))
                     for i, (a, key) in enumerate(zip(found.articles, keys, strict=True))])
                conn.execute("INSERT INTO files (path, seq, size, mtime_ns, read_ns, problems) "
                             "VALUES (?, 0, ?, ?, ?, ?)", (path, found.size,
                             found.mtime_ns, time.time_ns(), json.dumps(problems)))
        done += len(batch)
        if progress:
            progress("load", done, len(stale))
    return len(batches) > 1


def _same_articles(conn: object, found: object, keys: list[tuple[str, str]]) -> bool:
    """Does the index already hold exactly these articles for this file?"""
    path = stored_name(found.path)
    if not conn.execute("SELECT 1 FROM files WHERE path = ?", (path,)).fetchone():
        return False
    held = conn.execute("SELECT base_id, hash, origin FROM articles WHERE path = ? "
                        "ORDER BY ordinal", (path,)).fetchall()
    return held == [(a.id, k[0], stored_name(a.origin))
                    for a, k in zip(found.articles, keys, strict=True)]


def _read_batches(paths: list[str]) -> list[list[str]]:
    """Consecutive files grouped to about READ_BATCH_BYTES each."""
    batches: list[list[str]] = []
    size = READ_BATCH_BYTES
    for path in paths:
        if size >= READ_BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(path)
        size += max(stat_of(path)[0], 1024)
    return batches


def _drop_file(conn: object, path: str) -> None:
    """Forget a file's articles, their placements and search rows (their slots turn dirty)."""
    path = stored_name(path)
    rows = conn.execute("SELECT rowid FROM articles WHERE path = ?", (path,)).fetchall()
    for (rowid,) in rows:
        _unplace(conn, rowid)
    conn.execute("DELETE FROM articles WHERE path = ?", (path,))
    conn.execute("DELETE FROM files WHERE path = ?", (path,))
    _coarser_views_stale(conn)
    _mark_changed(conn)


def _mark_changed(conn: object) -> None:
    """The set of articles changed: undated ones must be re-checked, the summary recounted.
    Cleared only when a sync has finished, so a killed run leaves the mark for the next."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('changed', '1')")


def _unplace(conn: object, rowid: int) -> None:
    """Withdraw one filed article's placements and search rows; their slots become dirty."""
    c = conn  # sqlite3.Connection
    row = c.execute("SELECT context FROM articles WHERE rowid = ?", (rowid,)).fetchone()
    if row is None or row[0] is None:
        return
    slots = c.execute("SELECT DISTINCT key, gran FROM placements WHERE article = ?",
                      (rowid,)).fetchall()
    c.executemany("INSERT OR IGNORE INTO dirty (key, gran) VALUES (?, ?)", slots)
    first, last = rowid << SENTENCE_BITS, ((rowid + 1) << SENTENCE_BITS) - 1
    c.execute("INSERT INTO sentence_text (sentence_text, rowid, text) "
              "SELECT 'delete', rowid, casefold(text) FROM sentences "
              "WHERE rowid BETWEEN ? AND ?",
              (first, last))
    c.execute("DELETE FROM sentences WHERE rowid BETWEEN ? AND ?", (first, last))
    c.execute("DELETE FROM placements WHERE article = ?", (rowid,))
    c.execute("UPDATE articles SET context = NULL WHERE rowid = ?", (rowid,))


def _coarser_views_stale(conn: object) -> None:
    """Week and month views are rebuilt whole on their next use (only days update in place)."""
    # two ranges of the key, not "!=" (a scan of every entry: 6 ms at 100,000 articles, run
    # for every batch and re-filed article of a sync)
    conn.execute("DELETE FROM entries WHERE view < 'day' OR view > 'day'")
    conn.execute("DELETE FROM meta WHERE key IN ('view:week', 'view:month')")


def _number(store: Store, files: list[str]) -> dict[str, list[Problem]]:
    """Files take their place in corpus order; article ids become unique across files, as a
    fresh load makes them (``ingest.ids.give_id``): the warnings for renamed ids, by file."""
    with store.transaction() as conn:
        old = {name_from(path): seq for path, seq in conn.execute("SELECT path, seq FROM files")}
        moved = [(i, stored_name(path)) for i, path in enumerate(files) if old.get(path, i) != i]
        conn.executemany("UPDATE files SET seq = ? WHERE path = ?", moved)
        if moved:
            _mark_changed(conn)
        rows = conn.execute("SELECT a.rowid, a.base_id, a.id, a.path, a.origin FROM articles a "
                            "JOIN files f ON f.path = a.path ORDER BY f.seq, a.ordinal")
        given = GivenIds()
        renamed: list[tuple[str, int]] = []
        warnings: dict[str, list[Problem]] = {}
        for rowid, base, old, path, origin in rows:
            name = name_from(path)
            new, warning = give_id(base, origin, name, given)
            if warning is not None:
                warnings.setdefault(name, []).append(warning)
            if new != old:
                renamed.append((new, rowid))
        conn.executemany("UPDATE articles SET id = ? WHERE rowid = ?", renamed)
    return warnings




def _dated_clause(settings: Settings) -> str:
    return "1" if settings.dct is not None else "a.published IS NOT NULL"


def _tag_dated(store: Store, settings: Settings, eras: Sequence[Era], engine: Engine,
               progress: Progress | None) -> int:
    """Tag dated articles whose content has no result yet; file every dated article."""
    rows = store.query(
        f"SELECT a.rowid, a.hash, {ARTICLE_COLUMNS} FROM articles a "
        f"WHERE {_dated_clause(settings)} AND a.context IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM tagged t WHERE t.hash = a.hash AND t.context = '')")
    jobs = {(h, ""): (article_from(rest), ()) for _, h, *rest in rows}

    def place_dated(conn: object, keys: list[tuple[str, str]]) -> None:
        """File the articles of a batch as soon as it is tagged (overlaps the workers)."""
        marks = ",".join("?" * len(keys))
        for rowid, h in conn.execute(
                f"SELECT rowid, hash FROM articles a WHERE {_dated_clause(settings)} AND "
                f"a.context IS NULL AND a.hash IN ({marks})", [h for h, _ in keys]).fetchall():
            _place(conn, rowid, h, "")

    _run_tagging(store, jobs, settings, eras, engine, progress, then=place_dated)
    waiting = store.query(f"SELECT a.rowid, a.hash FROM articles a WHERE {_dated_clause(settings)}"
                          " AND a.context IS NULL")
    _place_many(store, [(rowid, h, "") for rowid, h in waiting])
    return len(jobs)


Job = tuple[Article, tuple[date, ...]]  # an article and its story hints


def _run_tagging(store: Store, jobs: dict[tuple[str, str], Job], settings: Settings,
                 eras: Sequence[Era], engine: Engine, progress: Progress | None,
                 then: Callable[[object, list[tuple[str, str]]], None] | None = None,
                 stage: str = "tag") -> int:
    """Tag ``jobs``, keyed by (content hash, context), on the engine; store each batch as
    it comes back (``then`` runs in the same transaction)."""
    keyed = list(jobs)
    batches = [keyed[i:i + TAG_BATCH] for i in range(0, len(keyed), TAG_BATCH)]
    work = partial(tag_rows, settings=settings, eras=list(eras))
    mapper = engine.map if len(keyed) >= PARALLEL_TAGGING else map
    done = 0
    for keys, rows in zip(batches, mapper(work, [[jobs[h] for h in b] for b in batches]),
                          strict=True):
        with store.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO tagged (hash, context, spans, mentions, dct, dct_source,"
                " confidence, evidence, conflicts, eras, placements) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*key, *row) for key, row in zip(keys, rows, strict=True)])
            if then is not None:
                then(conn, keys)
                _coarser_views_stale(conn)
        done += len(keys)
        if progress:
            progress(stage, done, len(keyed))
    return len(keyed)


def _place_many(store: Store, items: Iterable[tuple[int, str, str]], chunk: int = 512) -> None:
    """File (rowid, hash, context) articles: placements, search rows, dirty slots."""
    items = list(items)
    for i in range(0, len(items), chunk):
        with store.transaction() as conn:
            for rowid, h, context in items[i:i + chunk]:
                _replace(conn, rowid, h, context)


def _replace(conn: object, rowid: int, h: str, context: str) -> None:
    """File an article with the result (hash, context) in place of whatever it had."""
    if not _refile(conn, rowid, h, context):
        _unplace(conn, rowid)
        _place(conn, rowid, h, context)
        _coarser_views_stale(conn)


def _refile(conn: object, rowid: int, h: str, context: str) -> bool:
    """Switch a filed article to another result that files its sentences exactly as before
    (an undated article re-dated to the same day): only mention links change, no slot turns
    dirty. False when the filing differs (or the article was not filed)."""
    c = conn
    old = c.execute("SELECT key, gran, start, end, sentence, sstart, send, rule, uncertain "
                    "FROM placements WHERE article = ? ORDER BY pos", (rowid,)).fetchall()
    if not old:
        return False
    new = json.loads(c.execute("SELECT placements FROM tagged WHERE hash = ? AND context = ?",
                               (h, context)).fetchone()[0])
    if [tuple(p[:9]) for p in new] != old:
        return False
    c.executemany("UPDATE placements SET mentions = ? WHERE article = ? AND pos = ?",
                  [(dumps(p[9]), rowid, pos) for pos, p in enumerate(new)])
    c.execute("UPDATE articles SET context = ? WHERE rowid = ?", (context, rowid))
    return True


def _place(conn: object, rowid: int, h: str, context: str) -> None:
    c = conn
    spans, placements = c.execute("SELECT spans, placements FROM tagged WHERE hash = ? "
                                  "AND context = ?", (h, context)).fetchone()
    text = c.execute("SELECT text FROM articles WHERE rowid = ?", (rowid,)).fetchone()[0]
    found = json.loads(placements)
    c.executemany(
        "INSERT INTO placements (article, pos, key, gran, start, end, sentence, sstart, send, "
        "rule, uncertain, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(rowid, pos, *p[:9], dumps(p[9])) for pos, p in enumerate(found)])
    c.executemany("INSERT OR IGNORE INTO dirty (key, gran) VALUES (?, ?)",
                  {(p[0], p[1]) for p in found})
    sentences = [((rowid << SENTENCE_BITS) + i, text[a:b])
                 for i, (a, b) in enumerate(json.loads(spans))]
    c.executemany("INSERT INTO sentences (rowid, text) VALUES (?, ?)", sentences)
    c.executemany("INSERT INTO sentence_text (rowid, text) VALUES (?, ?)",
                  [(r, text.casefold()) for r, text in sentences])
    c.execute("UPDATE articles SET context = ? WHERE rowid = ?", (context, rowid))


def _summarise(store: Store, settings: Settings) -> None:
    """Keep the corpus's outlets and date span (the TUI's title bar), the warnings about
    publication dates near the ends of the calendar, and clear the change mark."""
    span = store.query("SELECT min(t.dct), max(t.dct) FROM articles a JOIN tagged t "
                       "INDEXED BY tagged_dates ON t.hash = a.hash AND t.context = a.context"
                       )[0]
    sources = [r[0] for r in store.query(
        "SELECT DISTINCT source FROM articles WHERE source != '' AND context IS NOT NULL "
        "ORDER BY source")]
    edges = store.query(  # the candidates; calendar_problems has the last word
        f"SELECT {ARTICLE_COLUMNS} FROM articles a JOIN files f ON f.path = a.path "
        "WHERE a.published < ? OR a.published >= ? ORDER BY f.seq, a.ordinal",
        (f"{CALENDAR_MARGIN_YEARS + 1:04d}", f"{10_000 - CALENDAR_MARGIN_YEARS:04d}"))
    calendar = [[p.path, p.message] for p in calendar_problems(
        [article_from(row) for row in edges], settings)]
    with store.transaction():
        store.set_meta("summary", json.dumps({"span": list(span), "sources": sources,
                                              "calendar": calendar}))  # ASCII: any name
        store.set_meta("changed", "0")


def _tag_undated(store: Store, settings: Settings, eras: Sequence[Era], engine: Engine,
                 progress: Progress | None, changed: bool = True, working: bool = True) -> int:
    """Date undated articles with what the dated ones teach; reuse results whose hints match.

    As in ``corpus.analyse_articles``: learned eras come from every dated article's day
    counts, story hints from the dated articles sharing rare names (in corpus order).
    ``working``: the engine's workers already run for this sync (see ``PARALLEL_HINTS``).
    """
    if settings.dct is not None:
        return 0
    undated = store.query("SELECT a.rowid, a.hash, a.context, a.terms FROM articles a "
                          "JOIN files f ON f.path = a.path WHERE a.published IS NULL "
                          "ORDER BY f.seq, a.ordinal")
    # Dated articles whose text disputes their metadata date are checked again with the
    # learned eras (no story hints), as corpus.analyse_articles does.
    disputed = store.query(
        "SELECT a.rowid, a.hash, a.context, '' FROM articles a JOIN tagged t INDEXED BY "
        "tagged_dates ON t.hash = a.hash AND t.context = '' JOIN files f ON f.path = a.path "
        "WHERE a.published IS NOT NULL AND t.dct_source = 'metadata' AND t.conflicts != '[]' "
        "ORDER BY f.seq, a.ordinal")
    if not (undated or disputed) or (not changed and all(r[2] is not None for r in undated)):
        return 0
    dated = store.query(  # with the story terms: one walk of the articles, not two
        "SELECT a.rowid, a.hash, t.dct, t.eras != '[]', a.terms FROM articles a "
        "JOIN tagged t INDEXED BY tagged_dates ON t.hash = a.hash AND t.context = '' "
        "JOIN files f ON f.path = a.path WHERE a.published IS NOT NULL "
        "ORDER BY f.seq, a.ordinal")
    # Nothing that dates the undated articles changed, and all are filed: nothing to do.
    inputs = hashlib.blake2b(repr([(h, dct) for _, h, dct, _, _ in dated]).encode(),
                             digest_size=16).hexdigest()
    if store.meta("undated-inputs") == inputs and all(r[2] is not None for r in undated):
        return 0
    learned = learn_eras(_day_counts(store, [r[0] for r in dated if r[3]]))
    stories = StoryIndex.from_terms([(terms.split(), date.fromisoformat(dct))
                                     for _, _, dct, _, terms in dated if dct])
    relevant = relevant_eras(store, learned, [r[0] for r in [*undated, *disputed]])
    wanted: dict[tuple[str, str], tuple[int, tuple[date, ...]]] = {}
    # Articles to file with a new result, by that result: filed as soon as it is stored.
    waiting: dict[tuple[str, str], list[int]] = {}
    terms = [row[3].split() for row in undated]
    # Many undated articles: their hints are worked out on the engine, a share per worker.
    parts = (max(1, getattr(engine, "jobs", 1))
             if working and len(terms) >= PARALLEL_HINTS else 1)
    size = max(1, -(-len(terms) // parts))  # no undated article: only disputed ones
    found = [hints for part in (engine.map if parts > 1 else map)(
        story_hints, [(stories, terms[i:i + size]) for i in range(0, len(terms), size)])
        for hints in part]
    for (rowid, h, current, _), hints in zip([*undated, *disputed],
                                              [*found, *[() for _ in disputed]], strict=True):
        context = hashlib.blake2b(repr((hints, relevant.get(rowid, "[]"))).encode(),
                                  digest_size=12).hexdigest()
        if current == context:
            continue
        waiting.setdefault((h, context), []).append(rowid)
        if not store.query("SELECT 1 FROM tagged WHERE hash = ? AND context = ?", (h, context)):
            wanted[h, context] = (rowid, hints)
    articles = {rowid: article_from(row) for rowid, *row in store.query(
        f"SELECT a.rowid, {ARTICLE_COLUMNS} FROM articles a WHERE a.rowid IN "
        f"({','.join(str(r) for r, _ in wanted.values())})")} if wanted else {}
    jobs = {key: (articles[rowid], hints) for key, (rowid, hints) in wanted.items()}

    def place_dated(conn: object, keys: list[tuple[str, str]]) -> None:
        """File the articles of a batch as soon as it is dated (overlaps the workers)."""
        for h, context in keys:
            for rowid in waiting.pop((h, context), ()):
                _replace(conn, rowid, h, context)

    _run_tagging(store, jobs, settings, [*eras, *learned], engine, progress,
                 then=place_dated, stage="date")
    _place_many(store, [(rowid, h, context) for (h, context), rowids in waiting.items()
                        for rowid in rowids])
    with store.transaction():
        store.set_meta("undated-inputs", inputs)
    again = {r[0] for r in disputed}  # tagged once already, as dated articles
    return sum(rowid not in again for rowid, _ in wanted.values())


def _day_counts(store: Store, rowids: list[int]) -> list:
    """The "day N of ..." mentions of these dated articles, in their order (for learn_eras)."""
    out = []
    for rowid in rowids:
        aid, text, mentions, indexes = store.query(
            "SELECT a.id, a.text, t.mentions, t.eras FROM articles a JOIN tagged t "
            "ON t.hash = a.hash AND t.context = '' WHERE a.rowid = ?", (rowid,))[0]
        found = mentions_from(mentions, aid, text)
        out.extend(found[i] for i in json.loads(indexes))
    return out

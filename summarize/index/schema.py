"""The index's tables. Bump ``SCHEMA_VERSION`` when they change; bump ``ENGINE_VERSION`` when
tagging or placing would give different results, so old indexes are rebuilt, never trusted."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: Written in ``meta`` as "format": tells a dateline index from any other SQLite file.
FORMAT = "dateline-index"
SCHEMA_VERSION = "8"
#: The engine's results version: page cleaning at ingestion, tagging, DCT inference,
#: placement, dedup, the date ranker's counts.
ENGINE_VERSION = "2026.11.30-2"
#: Folders below summarize/ whose code makes no stored result (exports and evaluations read
#: what the index holds); every other source and data file is in ``code_digest``.
_NOT_STORED = frozenset({"evaluate", "export"})


@cache
def code_digest() -> str:
    """A digest of the code and data that make the index's results (written in ``meta`` as
    "code"): an index made by other code is rebuilt even where ENGINE_VERSION was not bumped."""
    return digest_of(Path(__file__).resolve().parents[1])


def digest_of(root: Path) -> str:
    """The digest of the ``.py`` and ``.json`` files below ``root`` outside ``_NOT_STORED``."""
    digest = hashlib.blake2b(digest_size=10)
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (path.suffix in (".py", ".json") and rel.parts[0] not in _NOT_STORED
                and "__pycache__" not in rel.parts and path.is_file()):
            digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per input file read; problems as JSON [[message, severity], ...]. read_ns: when it
-- was read (a file modified within a second of that is read again: mtimes are coarse).
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, seq INTEGER NOT NULL, size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL, read_ns INTEGER NOT NULL, problems TEXT NOT NULL);
-- One row per article occurrence, in file order; content hash keys the tagging results.
-- Row ids are never reused (AUTOINCREMENT): search rows are keyed by them.
-- base_id is unique within its file, id across the corpus; context is the tagging result
-- whose placements are filed (NULL: not yet); terms are the article's story names,
-- space-separated.
-- The long text comes last: reading the short columns never walks its overflow pages.
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, ordinal INTEGER NOT NULL,
    base_id TEXT NOT NULL, id TEXT NOT NULL, hash TEXT NOT NULL, context TEXT,
    source TEXT NOT NULL, published TEXT, published_from TEXT NOT NULL,
    language TEXT NOT NULL, origin TEXT NOT NULL, url TEXT NOT NULL, byline TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, terms TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path, ordinal);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (hash);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
-- Tagging results by content hash and context ('' for a dated article; for an undated one a
-- digest of the corpus hints it was dated with). Mentions as JSON.
CREATE TABLE IF NOT EXISTS tagged (
    hash TEXT NOT NULL, context TEXT NOT NULL, spans TEXT NOT NULL, mentions TEXT NOT NULL,
    dct TEXT, dct_source TEXT NOT NULL, confidence REAL NOT NULL, evidence TEXT NOT NULL,
    conflicts TEXT NOT NULL, eras TEXT NOT NULL,
    placements TEXT NOT NULL, PRIMARY KEY (hash, context));
-- Covering: the short columns a sync reads for every article (the corpus's span and order,
-- the dated articles, disputed dates), without walking the long spans and mentions stored
-- before them. Queries name it (INDEXED BY): the planner prefers the unique primary key.
CREATE INDEX IF NOT EXISTS tagged_dates ON tagged (
    hash, context, dct, dct_source, eras, conflicts);
-- Where each sentence is filed (day-level view key), one row per (article, slot, sentence).
CREATE TABLE IF NOT EXISTS placements (
    article INTEGER NOT NULL, pos INTEGER NOT NULL, key TEXT NOT NULL, gran TEXT NOT NULL,
    start TEXT NOT NULL, end TEXT NOT NULL, sentence INTEGER NOT NULL, sstart INTEGER NOT NULL,
    send INTEGER NOT NULL, rule TEXT NOT NULL,
    uncertain INTEGER NOT NULL, mentions TEXT NOT NULL, PRIMARY KEY (article, pos))
    WITHOUT ROWID;
-- Covering: a slot's members (what the day view updates from) are read from the index alone.
CREATE INDEX IF NOT EXISTS placements_slot ON placements (
    key, gran, article, pos, sentence, rule, uncertain, start, end);
-- Day slots whose entries must be recomputed (their placements changed).
CREATE TABLE IF NOT EXISTS dirty (key TEXT NOT NULL, gran TEXT NOT NULL,
    PRIMARY KEY (key, gran)) WITHOUT ROWID;
-- Timeline entries per view ("day", "week", "month"); features = the date ranker's counts
-- (importance.FEATURES, JSON: the entry is ranked against the view when read); refs = the
-- collapsed sentences in timeline order as little-endian int64 pairs (article rowid,
-- placement pos); shared = the
-- outlets of those that several outlets ran, as JSON {"item number": [outlet, ...]}.
CREATE TABLE IF NOT EXISTS entries (
    view TEXT NOT NULL, key TEXT NOT NULL, gran TEXT NOT NULL, start TEXT NOT NULL,
    end TEXT NOT NULL, features TEXT NOT NULL, uncertain INTEGER NOT NULL,
    coarse INTEGER NOT NULL, n INTEGER NOT NULL, sources TEXT NOT NULL, refs BLOB NOT NULL,
    shared TEXT NOT NULL,
    PRIMARY KEY (view, key, gran));
-- Near-duplicate clusters of each day slot (clusters.py), so that new sentences join them
-- without comparing the old ones again: little-endian arrays, one item per member (members to
-- labels) or per distinct long sentence (banded, bands).
CREATE TABLE IF NOT EXISTS clusters (
    key TEXT NOT NULL, gran TEXT NOT NULL, members BLOB NOT NULL, sentences BLOB NOT NULL,
    words BLOB NOT NULL, long BLOB NOT NULL, labels BLOB NOT NULL, banded BLOB NOT NULL,
    bands BLOB NOT NULL, UNIQUE (key, gran));
-- Every sentence of every filed article (rowid = article rowid * 2^20 + sentence index),
-- and the full-text search index over them (fed their casefolded text; holds no copy;
-- detail=none: word and prefix queries only, which is all the search box asks).
CREATE TABLE IF NOT EXISTS sentences (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_text USING fts5(
    text, content='', detail='none');
"""

SENTENCE_BITS = 20

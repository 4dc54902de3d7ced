"""The persistent index gives exactly what a fresh load gives: cold, warm, after every kind of
change, under other settings, and after damage; its search finds what the search box finds."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

import summarize.index.schema as schema
import summarize.index.store as store_module
import summarize.index.view as view_module
from summarize.corpus import Corpus, load_corpus
from summarize.engines.local import LocalEngine
from summarize.index import IndexedCorpus, IndexProblem, open_index, open_store
from summarize.models import Problem
from summarize.settings import Settings

# ``summarize.index.sync`` is also the name of a function there: import the module by name.
sync_module = importlib.import_module("summarize.index.sync")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ONE = Settings(jobs=1)
GRANULARITIES = ("day", "week", "month")


def entry_fields(entry) -> tuple:
    """Every field of a timeline entry; repr keeps datetimes' offsets (== would not)."""
    return (entry.key, entry.granularity, entry.start, entry.end, entry.importance,
            entry.uncertain, entry.is_coarse, repr(tuple(entry.sentences)), entry.sources)


def assert_same(fresh: Corpus, indexed: Corpus) -> None:
    """The indexed corpus holds what the fresh one holds: articles, problems, timelines."""
    stored = list(indexed.tagged)
    assert [t.article.id for t in stored] == [t.article.id for t in fresh.tagged]
    assert stored == list(fresh.tagged)
    # Aware datetimes compare equal across offsets: repr checks they round-trip exactly.
    assert [repr(t) for t in stored] == [repr(t) for t in fresh.tagged]
    assert indexed.problems == fresh.problems
    for granularity in GRANULARITIES:
        mine, theirs = indexed.timeline(granularity), fresh.timeline(granularity)
        assert [entry_fields(e) for e in mine] == [entry_fields(e) for e in theirs], granularity


def fresh_load(paths: list[str], settings: Settings = ONE) -> Corpus:
    return load_corpus(paths, settings)


def open_checked(paths: list[str], index: Path, settings: Settings = ONE) -> IndexedCorpus:
    """Sync the index, check it against a fresh load, close it; returns it (for ``report``).
    What happened to the index file itself comes first among the problems, as warnings."""
    indexed = open_index(paths, settings, index=index)
    try:
        fresh = fresh_load(paths, settings)
        notes = [Problem(str(index), note, "warning") for note in indexed.store.notes]
        fresh.problems = [*notes, *fresh.problems]
        assert_same(fresh, indexed)
    finally:
        indexed.store.close()
    return indexed


def ids_by_title(paths: list[str], index: Path) -> dict[str, str]:
    corpus = open_index(paths, ONE, index=index)
    try:
        return {t.article.title: t.article.id for t in corpus.tagged}
    finally:
        corpus.store.close()


def age(root: Path, seconds: int = 120) -> None:
    """Make every file look written long ago, so the index trusts its size and mtime (a file
    modified within RACY_NS of being read is read again, on purpose)."""
    for path in [root] if root.is_file() else root.rglob("*"):
        if path.is_file():
            then = time.time_ns() - seconds * 1_000_000_000
            os.utime(path, ns=(then, then))


# --- A small corpus of our own: clashing ids, undated articles, JSONL, bad files ----------

WIRE = [
    {"id": "qb-1", "title": "Quorvath bridge closed after Tessalind flood",
     "date": "2023-03-14T09:00:00+01:00", "source": "Lowland Herald",
     "text": "The Quorvath bridge over the Tessalind was closed on Tuesday after floodwater "
             "rose above the piers. Engineers from Brannoch said the bridge would stay shut for "
             "a week. Mayor Ilvery Kask said yesterday that ferries would run from Marrowgate."},
    {"id": "qb-2", "title": "Ferries strain as Quorvath bridge stays shut",
     "date": "2023-03-16T08:00:00Z", "source": "Civic Bulletin",
     "text": "Ferries from Marrowgate carried 4,000 people across the Tessalind on Wednesday, "
             "the second day without the Quorvath bridge. Brannoch engineers said the piers "
             "were sound. Mayor Ilvery Kask will inspect the bridge tomorrow."},
    {"id": "x", "title": "Record in the wire with a clashing id", "date": "2023-03-17",
     "source": "Lowland Herald",
     "text": "Divers from Brannoch checked the Quorvath piers on Friday. The Tessalind fell by "
             "a metre overnight."},
]
UNDATED = ("Kask visits the Quorvath piers\n\nMayor Ilvery Kask walked the Quorvath bridge "
           "yesterday with engineers from Brannoch, two days after the Tessalind flood peaked. "
           "Ferries from Marrowgate will keep running until Friday, she said.\n")


def json_article(aid: str, title: str, day: str, text: str) -> str:
    return json.dumps({"id": aid, "title": title, "date": day, "source": "Civic Bulletin",
                       "text": text})


def write_story(root: Path) -> Path:
    """The bridge story plus copied (and date-stripped) samples, an empty and a binary file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE))
    (root / "a.json").write_text(json_article(
        "x", "First x", "2023-03-15", "The Quorvath council met on Wednesday. It voted to pay "
        "for repairs on 20 March."))
    (root / "b.json").write_text(json_article(
        "x", "Second x", "2023-03-18", "Traffic returned to Marrowgate yesterday. The Tessalind "
        "ferry will stop on Monday."))
    (root / "undated-bridge.txt").write_text(UNDATED)
    (root / "empty.txt").write_text("")
    (root / "blob.txt").write_bytes(bytes(range(256)) * 4)
    shutil.copytree(SAMPLES / "harbour-wire", root / "harbour-wire")
    original = (SAMPLES / "harbour-wire" / "valmora-dockers-stay-out.txt").read_text()
    stripped = original.replace("PORT VALMORA, Saturday 4 May 2024 (Harbour Wire) — ", "")
    assert stripped != original
    (root / "harbour-wire" / "valmora-undated.txt").write_text(stripped)
    return root


@pytest.fixture
def story(tmp_path: Path) -> Path:
    root = write_story(tmp_path / "corpus")
    age(root)
    return root


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the index reads (jobs=1: reading runs in this process)."""
    seen: list[str] = []
    real = sync_module.read_keyed

    def spy(paths, max_bytes):
        seen.extend(Path(p).name for p in paths)
        return real(paths, max_bytes)

    monkeypatch.setattr(sync_module, "read_keyed", spy)
    return seen


def counts(indexed: IndexedCorpus) -> tuple[int, int, int, int]:
    r = indexed.report
    return (r.added, r.changed, r.removed, r.tagged)


# --- 1. Round trip --------------------------------------------------------------------------

def test_samples_cold_then_warm(tmp_path: Path, reads: list[str]) -> None:
    index = tmp_path / "samples.sqlite"
    cold = open_checked([str(SAMPLES)], index)
    # 13 article files (ANSWERS.* are ignored) holding 17 articles, every one tagged.
    assert (cold.report.files, cold.report.articles) == (13, 17)
    assert counts(cold) == (13, 0, 0, 17)
    reads.clear()
    warm = open_checked([str(SAMPLES)], index)
    assert counts(warm) == (0, 0, 0, 0)
    assert warm.report.unchanged == 13
    assert reads == []  # the samples are old files: nothing is read again


def test_mixed_corpus_round_trip(story: Path, tmp_path: Path) -> None:
    index = tmp_path / "story.sqlite"
    cold = open_checked([str(story)], index)
    warm = open_index([str(story)], ONE, index=index)
    try:
        ids = {t.article.title: t.article.id for t in warm.tagged}
        # Corpus order is a.json, b.json, ..., wire.jsonl: "x" three times becomes x, x~2, x~3.
        assert (ids["First x"], ids["Second x"], ids[WIRE[2]["title"]]) == ("x", "x~2", "x~3")
        assert warm.by_id("x~2").article.title == "Second x"
        bridge = warm.by_id("undated-bridge")
        # Dated by its story: qb-1, qb-2 and the wire's "x" (14, 16, 17 March) share enough
        # rare names among 8 dated articles; 15, 16 and 17 March score 1.25 each (dct.py's
        # _score: 0.5 a hint a day off, 0.25 two or three days off) and the latest wins.
        assert (bridge.article.published, bridge.dct, bridge.dct_source) == (
            None, date(2023, 3, 17), "inferred")
        assert warm.by_id("valmora-undated").dct_source == "inferred"
        assert warm.by_id("qb-1").article.published.isoformat() == "2023-03-14T09:00:00+01:00"
        assert [p for p in warm.problems if p.path.endswith(("empty.txt", "blob.txt"))] == [
            Problem(str(story / "blob.txt"), "binary file, not an article"),
            Problem(str(story / "empty.txt"), "empty file")]
        assert counts(warm) == (0, 0, 0, 0)
    finally:
        warm.store.close()
    assert cold.report.articles == 12  # 3 + 1 + 1 + 1 + harbour-wire's 5 + the stripped copy


# --- 2. Incremental updates -----------------------------------------------------------------

def test_add_change_remove_reorder(story: Path, tmp_path: Path, reads: list[str]) -> None:
    index = tmp_path / "story.sqlite"
    paths = [str(story)]
    open_checked(paths, index)

    reads.clear()
    (story / "c-new.json").write_text(json_article(
        "c-new", "Repairs begin", "2023-03-20", "Work on the Quorvath piers began on Monday."))
    age(story / "c-new.json")
    step = open_checked(paths, index)
    assert counts(step)[:3] == (1, 0, 0) and reads == ["c-new.json"]
    assert step.report.tagged >= 1

    reads.clear()
    (story / "b.json").write_text(json_article(
        "x", "Second x, longer", "2023-03-19", "Traffic returned to Marrowgate on Saturday."))
    age(story / "b.json", 60)
    step = open_checked(paths, index)
    assert counts(step)[:3] == (0, 1, 0) and reads == ["b.json"]

    reads.clear()
    (story / "a.json").unlink()
    step = open_checked(paths, index)
    assert counts(step)[:3] == (0, 0, 1) and reads == []
    ids = ids_by_title(paths, index)
    # a.json gone: b.json's article takes "x", the wire's record "x~2".
    assert (ids["Second x, longer"], ids[WIRE[2]["title"]]) == ("x", "x~2")

    reads.clear()
    (story / "0-first.json").write_text(json_article(
        "x", "Now first", "2023-03-13", "Rain fell on the Tessalind on Monday."))
    age(story / "0-first.json")
    step = open_checked(paths, index)
    assert counts(step)[:3] == (1, 0, 0) and reads == ["0-first.json"]
    ids = ids_by_title(paths, index)
    assert next(iter(ids)) == "Now first"  # corpus order: 0-first.json sorts first
    assert [ids[t] for t in ("Now first", "Second x, longer", WIRE[2]["title"])] == [
        "x", "x~2", "x~3"]


def test_same_size_new_content_and_touch(story: Path, tmp_path: Path, reads: list[str]) -> None:
    index = tmp_path / "story.sqlite"
    paths = [str(story)]
    open_checked(paths, index)
    target = story / "a.json"
    old = target.read_text()
    new = old.replace("Wednesday", "Thursday ")  # "Thursday " is as long as "Wednesday"
    assert len(new) == len(old) and new != old
    target.write_text(new)
    age(target, 60)  # another mtime, long enough ago not to be racy
    reads.clear()
    step = open_checked(paths, index)
    assert counts(step)[:3] == (0, 1, 0) and reads == ["a.json"]

    age(story / "b.json", 30)  # touched, content as before
    reads.clear()
    step = open_checked(paths, index)
    assert counts(step) == (0, 0, 0, 0) and reads == ["b.json"]


def test_racy_file_rewritten_within_its_mtime(tmp_path: Path, reads: list[str]) -> None:
    """Written just before it was read, rewritten with the same size and mtime: still seen."""
    root = write_story(tmp_path / "corpus")
    index = tmp_path / "story.sqlite"
    target = root / "a.json"
    stamp = target.stat().st_mtime_ns
    open_checked([str(root)], index)
    target.write_text(target.read_text().replace("Wednesday", "Thursday "))
    os.utime(target, ns=(stamp, stamp))
    reads.clear()
    step = open_checked([str(root)], index)
    assert "a.json" in reads and step.report.changed == 1


def test_new_dated_story_redates_an_undated_article(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "b.json").write_text(json_article(
        "b", "Traffic back", "2023-03-18", "Traffic returned to Marrowgate yesterday. The "
        "Tessalind ferry will stop on Monday."))
    (root / "undated-bridge.txt").write_text(UNDATED)
    age(root)
    index = tmp_path / "story.sqlite"
    paths = [str(root)]
    before = open_checked(paths, index)
    assert before.report.tagged == 2
    corpus = open_index(paths, ONE, index=index)
    assert corpus.by_id("undated-bridge").dct != date(2023, 3, 15)
    corpus.store.close()
    (root / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE))
    after = open_checked(paths, index)
    # Three new dated records, and the undated article tagged again with its new hints.
    assert counts(after) == (1, 0, 0, 4)
    corpus = open_index(paths, ONE, index=index)
    # Among 4 dated articles only qb-1 and qb-2 score >= 2 (Ilvery, Kask, Brannoch...):
    # hints 14 and 16 March, and 15 March (a day from both) scores best.
    assert corpus.by_id("undated-bridge").dct == date(2023, 3, 15)
    corpus.store.close()


def engine_maps(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """(function name, number of work items) of every map on this machine's engine."""
    mapped: list[tuple[str, int]] = []
    real = LocalEngine.map

    def spy(self, func, items):
        mapped.append((getattr(func, "__name__", ""), len(items)))
        return real(self, func, items)

    monkeypatch.setattr(LocalEngine, "map", spy)
    return mapped


def test_story_hints_worked_out_on_workers_date_undated_articles_alike(
        story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many undated articles: their hints are worked out by the engine's two workers (when
    the sync has them running already: here reading its files, a batch per file)."""
    monkeypatch.setattr(sync_module, "PARALLEL_HINTS", 1)
    monkeypatch.setattr(sync_module, "READ_BATCH_BYTES", 1)
    mapped = engine_maps(monkeypatch)
    indexed = open_checked([str(story)], tmp_path / "index.sqlite", Settings(jobs=2))
    assert indexed.report.tagged > 0
    assert ("story_hints", 2) in mapped  # the two undated articles, a share per worker
    corpus = open_index([str(story)], ONE, index=tmp_path / "index.sqlite")
    dated = corpus.by_id("undated-bridge")  # dated by its story (as in a fresh load, above)
    assert "other article(s) of the story" in dated.dct_evidence[0]
    corpus.store.close()


def test_cold_build_files_each_article_as_its_batch_is_tagged(
        story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dated and undated articles are filed in the transaction that stores their tagging
    result (while the workers go on): nothing is left over for a pass after the tagging."""
    left: list[int] = []
    real = sync_module._place_many

    def spy(store, items, *args):
        items = list(items)
        left.append(len(items))
        return real(store, items, *args)

    monkeypatch.setattr(sync_module, "_place_many", spy)
    indexed = open_checked([str(story)], tmp_path / "index.sqlite", Settings(jobs=2))
    assert indexed.report.tagged > 0
    assert left == [0, 0]  # dated, then undated: both filed batch by batch
    corpus = open_index([str(story)], ONE, index=tmp_path / "index.sqlite")
    assert corpus.by_id("undated-bridge").dct is not None  # filed, hence dated
    corpus.store.close()


@pytest.mark.parametrize("jobs", [1, 2])
def test_week_and_month_views_built_in_small_pieces_match_fresh(
        story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    """Week and month periods handed out one per work item (to two workers, or here) and
    read a slot per query: the same entries, in the same order, as a fresh load."""
    monkeypatch.setattr(view_module, "BATCH_SENTENCES", 1)
    monkeypatch.setattr(view_module, "SLOTS_PER_READ", 1)  # here only: workers keep 1000
    mapped = engine_maps(monkeypatch)
    open_checked([str(story)], tmp_path / "index.sqlite", Settings(jobs=jobs))
    items = [n for name, n in mapped if name == "period_entries"]
    assert len(items) == 2  # the week view, then the month view
    assert min(items) >= 5  # several periods each, one per work item


def test_redated_article_filed_as_before_leaves_the_view_clean(tmp_path: Path) -> None:
    """A new result that files an article's sentences exactly as before (an undated article
    re-dated to the same day with other hints) changes its result, not its placements: no
    date is recomputed."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE))
    (root / "undated-bridge.txt").write_text(UNDATED)
    age(root)
    index = tmp_path / "story.sqlite"
    open_checked([str(root)], index)
    store = open_store(index)
    try:
        rowid, h, context = store.query("SELECT rowid, hash, context FROM articles "
                                        "WHERE id = 'undated-bridge'")[0]
        placed = "SELECT key, sentence, rule FROM placements WHERE article = ? ORDER BY pos"
        before = store.query(placed, (rowid,))
        assert before  # the article is filed: 15 March and the days it names
        with store.transaction() as conn:  # the same result under another context
            conn.execute("INSERT INTO tagged SELECT hash, 'other', spans, mentions, dct, "
                         "dct_source, confidence, evidence, conflicts, eras, placements "
                         "FROM tagged WHERE hash = ? AND context = ?", (h, context))
        sync_module._place_many(store, [(rowid, h, "other")])
        assert store.query("SELECT context FROM articles WHERE rowid = ?", (rowid,)) == [
            ("other",)]
        assert store.query(placed, (rowid,)) == before
        assert store.query("SELECT count(*) FROM dirty") == [(0,)]
    finally:
        store.close()


# --- 3. Settings ------------------------------------------------------------------------------

ERAS = """[[era]]
name = "the Tessalind flood"
start = "{start}"
phrases = ["the Tessalind flood"]
"""
FLOOD = json_article("flood", "Flood diary", "7/3/2023", "On the 5th day of the Tessalind flood, "
                     "the water reached the Quorvath piers. The council meets on 9/3/2023.")


@pytest.mark.parametrize("change", ["dct", "month-first", "eras", "eras file edited"])
def test_settings_change_is_never_stale(tmp_path: Path, change: str) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "flood.json").write_text(FLOOD)
    (root / "undated-bridge.txt").write_text(UNDATED)
    eras = tmp_path / "eras.toml"
    eras.write_text(ERAS.format(start="2023-03-01"))
    first = Settings(jobs=1, eras_file=eras) if change == "eras file edited" else ONE
    second = {"dct": Settings(jobs=1, dct=date(2024, 1, 10)),
              "month-first": Settings(jobs=1, day_first=False),
              "eras": Settings(jobs=1, eras_file=eras),
              "eras file edited": first}[change]
    index = tmp_path / "flood.sqlite"
    paths = [str(root)]
    open_checked(paths, index, first)
    old = fresh_load(paths, first)
    if change == "eras file edited":
        eras.write_text(ERAS.format(start="2023-02-20"))
    new = open_checked(paths, index, second)
    assert fresh_load(paths, second).tagged != old.tagged  # the change matters
    assert new.report.tagged == 2


def test_max_size_change_rereads_under_the_new_limit(story: Path, tmp_path: Path) -> None:
    index = tmp_path / "story.sqlite"
    open_checked([str(story)], index)
    smaller = Settings(jobs=1, max_bytes=600)  # skips harbour-wire's files and blob.txt
    step = open_checked([str(story)], index, smaller)
    assert len(fresh_load([str(story)], smaller).tagged) == 6  # a, b, the bridge, the wire's 3
    assert step.report.changed >= 0  # every file counts as added or changed, never less


# --- 4. Engine version ------------------------------------------------------------------------

def test_other_engine_version_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = tmp_path / "samples.sqlite"
    open_checked([str(SAMPLES)], index)
    monkeypatch.setattr(schema, "ENGINE_VERSION", "older-engine")
    monkeypatch.setattr(store_module, "ENGINE_VERSION", "older-engine")
    rebuilt = open_checked([str(SAMPLES)], index)
    assert rebuilt.store.notes == [
        "the index was made by another version of dateline; rebuilding it"]
    assert counts(rebuilt) == (13, 0, 0, 17)
    assert Problem(str(index), rebuilt.store.notes[0], "warning") in rebuilt.problems
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'engine'").fetchone() == (
            "older-engine",)


def test_file_removed_right_after_it_was_read(tmp_path: Path) -> None:
    """A racy file (modified within RACY_NS of being read) that then vanishes is dropped."""
    root = write_story(tmp_path / "corpus")
    index = tmp_path / "story.sqlite"
    open_checked([str(root)], index)
    (root / "b.json").unlink()
    step = open_checked([str(root)], index)
    assert step.report.removed == 1
    assert "Second x" not in ids_by_title([str(root)], index)


# --- 5. Damaged and foreign files -------------------------------------------------------------

def garbage(size: int) -> bytes:
    return bytes((i * 37 + 11) % 256 for i in range(size))


def built_index(tmp_path: Path) -> Path:
    index = tmp_path / "samples.sqlite"
    open_index([str(SAMPLES)], ONE, index=index).store.close()  # checkpoints the WAL
    assert not Path(f"{index}-wal").exists()
    return index


def assert_rebuilt(tmp_path: Path, index: Path) -> None:
    rebuilt = open_checked([str(SAMPLES)], index)
    assert len(rebuilt.store.notes) == 1
    assert rebuilt.store.notes[0].startswith("the index was damaged (")
    aside = sorted(p.name for p in tmp_path.glob("samples.sqlite.corrupt-*"))
    assert [n for n in aside if not n.endswith(("-wal", "-shm"))] == [
        f"samples.sqlite.{aside[0].split('.')[2]}"]
    assert aside[0] in rebuilt.store.notes[0]
    assert rebuilt.problems[0] == Problem(str(index), rebuilt.store.notes[0], "warning")
    assert rebuilt.report.tagged == 17


def test_damaged_first_page_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    index = built_index(tmp_path)
    data = bytearray(index.read_bytes())
    data[100:4096] = garbage(3996)  # the header survives, the schema page does not
    index.write_bytes(bytes(data))
    assert_rebuilt(tmp_path, index)


def test_damaged_later_page_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    index = built_index(tmp_path)
    with sqlite3.connect(index) as conn:
        try:
            pages = [p for (p,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf' "
                "ORDER BY pageno")]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    conn.close()
    assert len(pages) > 2
    data = bytearray(index.read_bytes())
    for page in pages[1:]:  # every leaf of the articles table but the first
        data[(page - 1) * 4096:page * 4096] = garbage(4096)
    index.write_bytes(bytes(data))
    assert_rebuilt(tmp_path, index)


def foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('shopping list')")
    conn.close()


def meta_of_someone_else(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('format', 'someone-else')")
    conn.close()


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p.write_text("my notes, not an index\n"), "not a dateline index (not an SQLite"),
    (lambda p: p.write_bytes(b"\x00\x01binary" * 100), "not a dateline index (not an SQLite"),
    (foreign_sqlite, "not a dateline index (it holds other tables)"),
    (meta_of_someone_else, "not a dateline index (it holds other tables)"),
])
def test_foreign_file_is_refused_and_left_untouched(tmp_path: Path, make, message: str) -> None:
    target = tmp_path / "mine.db"
    make(target)
    before = target.read_bytes()
    with pytest.raises(IndexProblem) as caught:
        open_index([str(SAMPLES)], ONE, index=target)
    assert str(caught.value).startswith(f"{target}: {message}")
    assert "\n" not in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.db"]


def test_foreign_sqlite_is_refused(tmp_path: Path) -> None:
    """The refusal itself (the file's bytes are checked above)."""
    target = tmp_path / "mine.db"
    foreign_sqlite(target)
    with pytest.raises(IndexProblem, match="it holds other tables"):
        open_store(target)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("shopping list",)]
    conn.close()


def test_folder_as_index_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IndexProblem) as caught:
        open_index([str(SAMPLES)], ONE, index=tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not an index file"


# --- 6. Locked ----------------------------------------------------------------------------------

@pytest.fixture
def quick_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)


LOCKED = "the index is locked by another dateline process; try again when it has finished"


def test_exclusive_holder_makes_opening_fail_in_one_line(tmp_path: Path, quick_lock) -> None:
    index = built_index(tmp_path)
    other = sqlite3.connect(index, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(IndexProblem) as caught:
            open_index([str(SAMPLES)], ONE, index=index)
        assert str(caught.value) == f"{index}: {LOCKED}"
    finally:
        other.close()


def test_writer_holding_the_index_makes_opening_fail_in_one_line(tmp_path: Path,
                                                                  quick_lock) -> None:
    index = built_index(tmp_path)
    other = sqlite3.connect(index, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # what another dateline's transaction holds
        with pytest.raises(IndexProblem) as caught:
            open_index([str(SAMPLES)], ONE, index=index)
        assert str(caught.value) == f"{index}: {LOCKED}"
    finally:
        other.close()


# --- 8. Full-text search ------------------------------------------------------------------------

STREETS = ("Valmora road works\n\nPublished: 2024-05-06\n\nCrews closed the Hauptstraße in "
           "Valmora on Monday, said Ana Ferreira. The ﬁnal section opens on Friday.\n")


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("search") / "corpus"
    shutil.copytree(SAMPLES, root)
    (root / "streets.txt").write_text(STREETS)
    fresh = fresh_load([str(root)])
    indexed = open_index([str(root)], ONE, index=root.parent / "search.sqlite")
    yield fresh, indexed
    indexed.store.close()


@pytest.mark.parametrize("query", [
    "ferr",                      # a prefix: ferries, ferry, Ferreira
    "Ferreira",
    "strike mediator",           # two words, both in one sentence
    "dockers Kessler",
    "zzzqx",                     # nowhere
    "strike zzzqx",
    '"', "'", "*", "-", "AND", "OR", "NOT", "NEAR", "^", "(", ")", ":", '"strike',
    "strike*", "strike AND", "-strike", 'dock" OR "x', "NEAR(strike pay)", "col:strike",
    "4,000", "Marrow's", "don’t", "13th", "",
    "hauptstraße", "HAUPTSTRASSE",  # the search box casefolds: ß -> ss
    "final",                        # the text has the ligature "ﬁnal"
])
@pytest.mark.parametrize("granularity", ["day", "month"])
def test_search_finds_what_the_search_box_finds(searchable, query: str, granularity: str
                                                ) -> None:
    fresh, indexed = searchable
    expected = fresh.narrow(fresh.timeline(granularity), None, query)
    found = indexed.narrow(indexed.timeline(granularity), None, query)
    assert [entry_fields(e) for e in found] == [entry_fields(e) for e in expected]


@pytest.mark.parametrize(("query", "key"), [
    ("ferr", "1998"),            # '"...at this gate in 1998," said Ana Ferreira' (picket line)
    ("ferr", "2024-05-06"),      # streets.txt, published Monday 6 May: "...said Ana Ferreira"
    ("dockers Kessler", "2024-05-03"),  # 4 May: "dockers marched ... yesterday, Friday"
    ("final", "2024-05-10"),     # "The ﬁnal section opens on Friday" (from Monday 6 May)
])
def test_search_is_not_vacuous(searchable, query: str, key: str) -> None:
    """The queries above do find something: entries checked by hand in the texts."""
    fresh, indexed = searchable
    assert key in {e.key for e in fresh.narrow(fresh.timeline("day"), None, query)}
    assert key in {e.key for e in indexed.narrow(indexed.timeline("day"), None, query)}


@pytest.mark.parametrize("sources", [frozenset({"Harbour Wire"}),
                                     frozenset({"Radio Kelvan", "Tidewater Press Agency"}),
                                     frozenset({"Nobody"})])
@pytest.mark.parametrize("query", ["strike", "ferr", "'"])
def test_search_with_a_sources_filter(searchable, sources: frozenset[str], query: str) -> None:
    fresh, indexed = searchable
    expected = fresh.narrow(fresh.timeline("week"), sources, query)
    found = indexed.narrow(indexed.timeline("week"), sources, query)
    assert [entry_fields(e) for e in found] == [entry_fields(e) for e in expected]


def test_a_second_writer_is_refused_while_one_syncs(tmp_path: Path) -> None:
    """Two processes never bring one index up to date at once: the second says so."""
    import fcntl

    index = built_index(tmp_path)
    with store_module.lock_path(index).open("a+b") as held:  # what a running sync holds
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(IndexProblem) as caught:
            open_index([str(SAMPLES)], ONE, index=index)
    assert str(caught.value) == f"{index}: {LOCKED}"
    reopened = open_index([str(SAMPLES)], ONE, index=index)  # free again
    assert len(reopened.tagged) == 17
    reopened.store.close()

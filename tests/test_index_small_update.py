"""A small update (a few new files) runs in the writing process: the workers' start-up would
cost more than the work they take, and the result is the same as a fresh load's."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from test_index import age, open_checked

import summarize.engines.local as local_module
import summarize.index.view as view_module
from summarize.settings import Settings

sync_module = importlib.import_module("summarize.index.sync")  # the package exports a sync()

TWO = Settings(jobs=2)


def wire(path: Path, first: int, count: int, day: int) -> None:
    """``count`` short dated reports of an invented ferry strike, one per line."""
    rows = [json.dumps({"id": f"f{n}", "title": f"Ferry crews walk out, day {n}",
                        "source": ["Harbour Wire", "Meridian Post"][n % 2],
                        "date": f"2024-03-{day:02d}T08:00:00Z",
                        "text": f"Ferry crews at Lannock stopped work on Monday. Talks resume "
                                f"on {day + 2} March, the union said. Report {n} of the dispute."})
            for n in range(first, first + count)]
    path.write_text("\n".join(rows) + "\n")


@pytest.fixture
def pools_started(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many worker pools this machine's engine starts (each start appends its size)."""
    started: list[int] = []
    real = local_module.ProcessPoolExecutor

    def spy(workers: int, **kwargs: object) -> object:
        started.append(workers)
        return real(workers, **kwargs)

    monkeypatch.setattr(local_module, "ProcessPoolExecutor", spy)
    return started


def test_few_new_articles_start_no_workers(tmp_path: Path, pools_started: list[int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Two new reports on an indexed folder, with two jobs: tagged and filed here, even in
    several work items."""
    monkeypatch.setattr(sync_module, "TAG_BATCH", 1)
    monkeypatch.setattr(view_module, "BATCH_SENTENCES", 1)
    root = tmp_path / "feed"
    root.mkdir()
    wire(root / "a.jsonl", 0, 6, 4)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index, TWO)
    wire(root / "b.jsonl", 6, 2, 5)
    age(root)
    pools_started.clear()
    assert open_checked([str(root)], index, TWO).report.tagged == 2
    assert pools_started == []


def test_sync_and_view_refresh_collect_cycles_rarely(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The sync and the view's refresh make millions of rows and lists at 100,000 articles:
    the cyclic collector's young generation waits for 100,000 objects there (a full collection
    walked them all, about 3 s of an update), and the caller's setting comes back."""
    import gc

    import summarize.index as index_module

    seen = []
    real = index_module.refresh_views

    def spy(*args: object, **kwargs: object) -> int:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(index_module, "refresh_views", spy)
    root = tmp_path / "feed"
    root.mkdir()
    wire(root / "a.jsonl", 0, 3, 4)
    age(root)
    was = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        open_checked([str(root)], tmp_path / "index.sqlite", TWO)
        assert seen == [(100_000, 10, 10)]
        assert gc.get_threshold() == (700, 10, 10) and gc.isenabled()
    finally:
        gc.set_threshold(*was)


def undated(path: Path, count: int) -> None:
    """``count`` undated reports of the same invented ferry strike (they get story hints)."""
    rows = [json.dumps({"id": f"u{n}", "title": f"Lannock ferry talks, note {n}",
                        "source": "Quay Notes",
                        "text": f"Crews of the Lannock ferries met the Brannock operators again. "
                                f"Note {n}: the union and Brannock agreed on nothing."})
            for n in range(count)]
    path.write_text("\n".join(rows) + "\n")


def test_story_hints_of_a_small_update_start_no_workers(
        tmp_path: Path, pools_started: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """The undated articles' story hints are shared out to the workers only when the sync
    set them going already (here: reading many files); one new file's update works them out
    here, with the same results as a fresh load."""
    mapped: list[tuple[str, int]] = []
    real = local_module.LocalEngine.map

    def spy(self: object, func: object, items: list) -> object:
        mapped.append((getattr(func, "__name__", ""), len(items)))
        return real(self, func, items)

    monkeypatch.setattr(local_module.LocalEngine, "map", spy)
    monkeypatch.setattr(sync_module, "PARALLEL_HINTS", 1)
    monkeypatch.setattr(sync_module, "READ_BATCH_BYTES", 1)  # a batch per file
    root = tmp_path / "feed"
    root.mkdir()
    wire(root / "a.jsonl", 0, 4, 4)
    wire(root / "b.jsonl", 4, 4, 6)
    undated(root / "c.jsonl", 3)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index, TWO)
    assert ("story_hints", 2) in mapped  # the cold build's workers ran: a share each
    wire(root / "d.jsonl", 8, 1, 7)
    age(root / "d.jsonl")
    mapped.clear()
    pools_started.clear()
    open_checked([str(root)], index, TWO)
    assert pools_started == []
    assert not [m for m in mapped if m[0] == "story_hints"]


def test_coarser_views_are_dropped_and_days_kept_by_a_key_range(tmp_path: Path) -> None:
    """Week and month entries (and any view but days) go when articles change, read by two
    ranges of the entries' key rather than a scan; day entries stay."""
    import sqlite3
    from contextlib import closing

    from summarize.index.schema import DDL

    with closing(sqlite3.connect(tmp_path / "i.sqlite")) as conn:
        conn.executescript(DDL)
        rows = [(view, f"2024-03-0{n}", "day", "", "", "", 0, 0, 1, "", b"", "")
                for view in ("day", "week", "month", "all", "decade") for n in range(1, 4)]
        conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("INSERT INTO meta VALUES ('view:week', 'x'), ('view:day', 'y')")
        run: list[str] = []
        conn.set_trace_callback(run.append)
        sync_module._coarser_views_stale(conn)
        conn.set_trace_callback(None)
        plan = " ".join(str(r) for statement in run if "FROM entries" in statement
                        for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
        assert sorted({v for (v,) in conn.execute("SELECT view FROM entries")}) == ["day"]
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
        assert [k for (k,) in conn.execute("SELECT key FROM meta")] == ["view:day"]
    assert "entries" in plan and "SCAN entries" not in plan


def test_dirty_slot_sizes_are_counted_from_the_dirty_slots_outward(tmp_path: Path) -> None:
    """The refresh's work items are sized by each dirty slot's members (plus one, so an
    emptied slot still counts), looked up slot by slot in the index rather than by a scan of
    every placement; clean slots' members are not counted."""
    import sqlite3
    from contextlib import closing

    from summarize.index.schema import DDL

    with closing(sqlite3.connect(tmp_path / "i.sqlite")) as conn:
        conn.executescript(DDL)
        members = {"2024-03-01": 3, "2024-03-02": 5, "2024-03-03": 2, "2024-03": 4}
        rows = [(10 * k + article, 0, key, "day" if len(key) == 10 else "month", "", "", 0,
                 0, 0, "r", 0, "[]")
                for k, (key, n) in enumerate(members.items()) for article in range(n)]
        conn.executemany("INSERT INTO placements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         rows)
        dirty = [("2024-03-01", "day"), ("2024-03", "month"), ("2024-03-09", "day")]
        conn.executemany("INSERT INTO dirty VALUES (?, ?)", dirty)

        class Reader:
            def __init__(self) -> None:
                self.run: list[str] = []

            def query(self, sql: str, params: tuple = ()) -> list[tuple]:
                self.run.append(sql)
                return conn.execute(sql, params).fetchall()

        reader = Reader()
        items, total = view_module._slot_batches(reader, dirty)  # type: ignore[arg-type]
        plan = " ".join(str(r) for statement in reader.run
                        for r in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
    assert total == 3 + 4
    # one work item (BATCH_SENTENCES is far off), biggest slot first, the emptied one last
    assert items == [[("2024-03", "month"), ("2024-03-01", "day"), ("2024-03-09", "day")]]
    assert "SCAN p" not in plan and "SCAN placements" not in plan


def test_an_update_reads_results_dates_from_the_covering_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every walk of the articles that reads only short columns of their tagging results (the
    span, the corpus order, the dated and disputed articles, the storylines' rows) reads them
    from ``tagged_dates``: the long spans and mentions stored before them are never walked."""
    import re

    from summarize.index.store import Store

    covered = {"hash", "context", "dct", "dct_source", "eras", "conflicts"}
    run: list[tuple[str, tuple]] = []
    real = Store.query

    def spy(self: Store, sql: str, params: tuple = ()) -> list[tuple]:
        run.append((sql, params))
        return real(self, sql, params)

    root = tmp_path / "feed"
    root.mkdir()
    wire(root / "a.jsonl", 0, 6, 4)
    undated(root / "u.jsonl", 2)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index)
    wire(root / "b.jsonl", 6, 2, 5)
    age(root)
    monkeypatch.setattr(Store, "query", spy)
    open_checked([str(root)], index)
    import sqlite3
    from contextlib import closing

    from summarize.index.store import open_store
    from summarize.index.stories import _ARTICLES

    store = open_store(index)
    try:  # the walks a small corpus skips (no kept clusters; storylines run by the caller)
        view_module._CorpusOrder.of(store)
        store.query(_ARTICLES)
    finally:
        store.close()

    walks = [(sql, params) for sql, params in run if "JOIN tagged t" in sql
             and "rowid = ?" not in sql and set(re.findall(r"\bt\.(\w+)", sql)) <= covered]
    with closing(sqlite3.connect(index)) as conn:
        plans = [" ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
                 for sql, params in walks]
    assert len(walks) >= 5  # span, dated, disputed, corpus order, storylines
    assert all("COVERING INDEX tagged_dates" in plan for plan in plans), plans

"""The cache of default indexes: ``dateline index --list`` and ``--prune``, a size cap with
least-recently-used eviction, and no file removed that is not a dateline index or that a
dateline process has open."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from summarize.index import default_index_path, open_index, open_store
from summarize.index.cache import cache_folder, cache_limit, cached_indexes, trim_cache
from summarize.settings import Settings
from tui.cli import main

ONE = Settings(jobs=1)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own (the session's is shared by other tests)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DATELINE_CACHE_MB", raising=False)
    return tmp_path / "cache"


def news(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(f"{name} news\n\nThe {name} ferry sailed on 3 May 2024.\n")
    return folder


def build(folder: Path, when: float) -> Path:
    """Index ``folder`` in the default cache, as last used at ``when``."""
    corpus = open_index([str(folder)], ONE)
    corpus.store.close()
    index = default_index_path([str(folder)])
    os.utime(index, (when, when))
    return index


def strangers(folder: Path) -> dict[str, bytes]:
    """Files in the cache folder that dateline did not make (or cannot prove it made)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.sqlite").write_text("my notes\n")
    with sqlite3.connect(folder / "theirs.sqlite") as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    (folder / "theirs.sqlite.corrupt-20240101-000000").write_bytes(b"SQLite format 3\x00" * 8)
    names = ("notes.sqlite", "theirs.sqlite", "theirs.sqlite.corrupt-20240101-000000")
    return {name: (folder / name).read_bytes() for name in names}


def test_list_shows_each_index_with_its_paths(tmp_path: Path, capsys) -> None:
    old = build(news(tmp_path, "harbour"), time.time() - 3 * 86400)
    new = build(news(tmp_path, "quay"), time.time() - 120)
    assert main(["index", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"2 indexes kept in {cache_folder()} (")
    assert lines[1].split()[2:6] == ["3", "days", "ago", old.name]
    assert lines[1].endswith(str(tmp_path / "harbour"))
    assert lines[2].split()[2:6] == ["2", "minutes", "ago", new.name]
    assert main(["index", "--list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["paths"] for r in rows] == [[str(tmp_path / "harbour")], [str(tmp_path / "quay")]]


def test_prune_removes_indexes_whose_paths_are_gone(tmp_path: Path, capsys) -> None:
    kept = build(news(tmp_path, "harbour"), time.time())
    gone_folder = news(tmp_path, "quay")
    gone = build(gone_folder, time.time())
    shutil.rmtree(gone_folder)
    aside = kept.with_name(f"{kept.name}.corrupt-20240101-000000")
    shutil.copy(kept, aside)  # a damaged dateline index moved aside earlier
    foreign = strangers(cache_folder())
    assert main(["index", "--prune"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2 indexes removed")
    assert not gone.exists() and not aside.exists() and kept.exists()
    assert {name: (cache_folder() / name).read_bytes() for name in foreign} == foreign


def test_the_cap_evicts_the_least_recently_used(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    first = build(news(tmp_path, "harbour"), time.time() - 300)
    second = build(news(tmp_path, "quay"), time.time() - 200)
    foreign = strangers(cache_folder())
    size = sum(c.bytes for c in cached_indexes())
    monkeypatch.setenv("DATELINE_CACHE_MB", str(size * 1.25 / 2**20))  # two fit, three not
    third = build(news(tmp_path, "pier"), time.time())
    assert not first.exists() and second.exists() and third.exists()
    for name, data in foreign.items():
        assert (cache_folder() / name).read_bytes() == data


def test_an_index_in_use_is_never_evicted(tmp_path: Path) -> None:
    index = build(news(tmp_path, "harbour"), time.time() - 300)
    other = build(news(tmp_path, "quay"), time.time() - 200)
    store = open_store(index, readonly=True)  # another session is reading it
    try:
        removed = trim_cache(1)
    finally:
        store.close()
    assert [c.path for c in removed] == [other]
    assert index.exists()


def test_the_index_just_used_is_kept_even_above_the_cap(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CACHE_MB", "0.001")  # smaller than any index
    first = build(news(tmp_path, "harbour"), time.time())
    assert first.exists()
    second = build(news(tmp_path, "quay"), time.time())
    assert second.exists() and not first.exists()


@pytest.mark.parametrize(("value", "expected"), [(None, 4096 * 2**20), ("10", 10 * 2**20),
                                                 ("0", 0), ("nan", 0), ("lots", 4096 * 2**20)])
def test_the_cap_comes_from_the_environment(monkeypatch, value, expected) -> None:
    if value is not None:
        monkeypatch.setenv("DATELINE_CACHE_MB", value)
    assert cache_limit() == expected


@pytest.mark.parametrize("argv", [["--list", "somewhere"], ["--list", "--prune"],
                                  ["--prune", "--stats"]])
def test_list_and_prune_take_nothing_else(capsys, argv: list[str]) -> None:
    assert main(["index", *argv]) == 2
    assert capsys.readouterr().err == (
        "dateline: --list and --prune take no PATHs and no other action\n")


def test_an_index_given_with_index_is_not_the_cache_s(tmp_path: Path) -> None:
    """``--index FILE`` elsewhere is the user's file: no cap applies to it."""
    folder = news(tmp_path, "harbour")
    mine = tmp_path / "mine.sqlite"
    open_index([str(folder)], ONE, index=mine).store.close()
    assert cached_indexes() == [] and mine.exists()

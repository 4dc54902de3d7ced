"""Whose file an index path holds, and whether its folder can be written: only a file that says
in its header that it is a dateline index is ever moved aside or rebuilt; a read-only folder is
named as such, and a command that only reads opens the index read-only."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import summarize.index.store as store_module
from summarize.index import IndexProblem, open_index, open_store
from summarize.index.schema import SCHEMA_VERSION
from summarize.index.store import APPLICATION_ID, read_header
from summarize.settings import Settings
from tui.cli import main

ONE = Settings(jobs=1)
STORY = ("Ferry talks\n\nThe ferry crews walked out on 3 May 2024. Talks resumed the next day, "
         "and the harbour reopened on 6 May 2024.\n")


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ferry.txt").write_text(STORY)
    return folder


def built(tmp_path: Path, name: str = "news.sqlite") -> Path:
    index = tmp_path / name
    open_index([str(corpus(tmp_path / "news"))], ONE, index=index).store.close()
    return index


def others_database(path: Path, application_id: int = 0) -> None:
    """Some other program's SQLite file, big enough to span several pages."""
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
        conn.executemany("INSERT INTO recipes VALUES (?, ?)",
                         [(f"dish {i}", "stir " * 200) for i in range(100)])
    conn.close()


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 3])


def schema_page_garbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes((i * 37 + 11) % 256 for i in range(3996))
    path.write_bytes(bytes(data))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- 6. The file header says whose it is ------------------------------------------------------

def test_every_new_index_carries_dateline_s_application_id(tmp_path: Path) -> None:
    index = built(tmp_path)
    assert read_header(index) == (APPLICATION_ID, int(SCHEMA_VERSION))
    with sqlite3.connect(index) as conn:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("PRAGMA user_version").fetchone() == (int(SCHEMA_VERSION),)
    conn.close()


@pytest.mark.parametrize("application_id", [0, 0x12345678])
@pytest.mark.parametrize("damage", [truncated, schema_page_garbled])
def test_someone_else_s_damaged_database_is_never_moved(tmp_path: Path, application_id: int,
                                                        damage) -> None:
    target = tmp_path / "theirs.db"
    others_database(target, application_id)
    damage(target)
    before = target.read_bytes()
    with pytest.raises(IndexProblem) as caught:
        open_index([str(corpus(tmp_path / "news"))], ONE, index=target)
    message = str(caught.value)
    assert message.startswith(f"{target}: not a dateline index") and "\n" not in message
    assert target.read_bytes() == before
    assert names(tmp_path) == ["news", "theirs.db"]


def test_someone_else_s_healthy_database_with_an_application_id_is_refused(
        tmp_path: Path) -> None:
    target = tmp_path / "theirs.db"
    others_database(target, 0x12345678)
    before = target.read_bytes()
    with pytest.raises(IndexProblem, match="belongs to another program"):
        open_store(target)
    assert target.read_bytes() == before


@pytest.mark.parametrize("damage", [truncated, schema_page_garbled])
def test_a_damaged_dateline_index_is_still_moved_aside(tmp_path: Path, damage) -> None:
    index = built(tmp_path)
    damage(index)
    again = open_index([str(tmp_path / "news")], ONE, index=index)
    assert again.store.notes[0].startswith("the index was damaged (")
    assert [n for n in names(tmp_path) if ".corrupt-" in n]
    assert len(again.tagged) == 1
    again.store.close()


def previous_schema(index: Path) -> None:
    """What an index made before dateline stamped its files looks like: no application id."""
    with sqlite3.connect(index) as conn:
        conn.execute("PRAGMA application_id = 0")
        conn.execute("PRAGMA user_version = 0")
    conn.close()


def test_an_index_of_the_previous_schema_keeps_working_and_is_stamped(tmp_path: Path) -> None:
    index = built(tmp_path)
    previous_schema(index)
    again = open_index([str(tmp_path / "news")], ONE, index=index)
    assert again.store.notes == [] and again.report.tagged == 0  # nothing re-done
    again.store.close()
    assert read_header(index) == (APPLICATION_ID, int(SCHEMA_VERSION))


def test_a_damaged_index_of_the_previous_schema_is_left_alone(tmp_path: Path) -> None:
    index = built(tmp_path)
    previous_schema(index)
    schema_page_garbled(index)
    before = index.read_bytes()
    with pytest.raises(IndexProblem) as caught:
        open_index([str(tmp_path / "news")], ONE, index=index)
    assert "cannot tell" in str(caught.value)
    assert index.read_bytes() == before
    assert not [n for n in names(tmp_path) if ".corrupt-" in n]


def test_a_truncated_header_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "short.db"
    target.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")
    with pytest.raises(IndexProblem, match="not a dateline index"):
        open_store(target)
    assert target.read_bytes() == b"SQLite format 3\x00\x10\x00"


# --- 5. Read-only folders and files -----------------------------------------------------------

def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture
def immutable() -> Iterator:
    """Make a path immutable with ``chattr +i`` (the only way to deny root a write without a
    mount); undone afterwards so that pytest can clean up."""
    done: list[Path] = []

    def make(path: Path) -> None:
        if not _chattr("+i", path):
            pytest.skip("chattr +i is not available here (needs root and a file system that "
                        "supports it); the monkeypatched tests below cover the same code")
        done.append(path)

    yield make
    for path in reversed(done):
        _chattr("-i", path)


def test_a_read_only_folder_with_a_healthy_index(tmp_path: Path, immutable,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    index = built(tmp_path / "ro")
    before = index.read_bytes()
    immutable(index.parent)
    assert main(["index", "--stats", "--index", str(index)]) == 0  # reads: opened read-only
    out, err = capsys.readouterr()
    assert err == "" and "articles" in out
    assert main(["index", str(tmp_path / "ro" / "news"), "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert err == (f"dateline: {index.parent}: the folder is not writable, so the index cannot "
                   "be updated there (choose another --index file, or --no-index)\n")
    assert index.read_bytes() == before
    assert names(index.parent) == ["news", "news.sqlite"]


def test_a_new_index_in_a_read_only_folder(tmp_path: Path, immutable,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    news = corpus(tmp_path / "news")
    immutable(folder)
    assert main(["export", str(news), "--index", str(folder / "new.sqlite")]) == 2
    assert capsys.readouterr().err.startswith(f"dateline: {folder}: the folder is not writable")
    assert names(folder) == []


def test_a_read_only_index_file(tmp_path: Path, immutable,
                                capsys: pytest.CaptureFixture[str]) -> None:
    index = built(tmp_path)
    immutable(index)
    assert main(["index", str(tmp_path / "news"), "--index", str(index)]) == 2
    assert capsys.readouterr().err.startswith(f"dateline: {index}: the index file is not "
                                              "writable")
    assert main(["index", "--stats", "--index", str(index)]) == 0


def test_not_writable_without_chattr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same refusal where the OS says no (as for a user without the folder's write bit)."""
    index = built(tmp_path)
    before = index.read_bytes()
    real = store_module.os.access
    monkeypatch.setattr(store_module.os, "access",
                        lambda p, mode: False if Path(p) == tmp_path else real(p, mode))
    with pytest.raises(IndexProblem, match="the folder is not writable"):
        open_index([str(tmp_path / "news")], ONE, index=index)
    assert index.read_bytes() == before


def test_read_only_open_writes_nothing(tmp_path: Path) -> None:
    index = built(tmp_path)
    before = index.read_bytes()
    store = open_store(index, readonly=True)
    assert store.query("SELECT count(*) FROM articles") == [(1,)]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM articles")
    store.close()
    assert index.read_bytes() == before
    assert names(tmp_path) == ["news", "news.sqlite"]

"""An index made by other code is rebuilt even when nobody bumped ENGINE_VERSION: the index
keeps a digest of the code and data that make its results, and an index without it or with
another one is outdated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_index import SAMPLES, counts, open_checked

import summarize.index.store as store_module
from summarize.index.schema import code_digest, digest_of


def tree(root: Path) -> Path:
    for rel, text in (("temporal/rules.py", "RULES = 1\n"), ("temporal/table.json", "[1]\n"),
                      ("export/markdown.py", "X = 1\n"), ("evaluate/score.py", "Y = 1\n"),
                      ("temporal/README.md", "notes\n")):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_the_digest_follows_the_code_that_makes_results(tmp_path: Path):
    root = tree(tmp_path / "summarize")
    before = digest_of(root)
    (root / "export/markdown.py").write_text("X = 2\n")  # output side: not stored
    (root / "evaluate/score.py").write_text("Y = 2\n")
    (root / "temporal/README.md").write_text("other notes\n")
    (root / "temporal/__pycache__").mkdir()
    (root / "temporal/__pycache__/rules.cpython-311.pyc").write_bytes(b"\0")
    assert digest_of(root) == before
    (root / "temporal/table.json").write_text("[2]\n")
    changed = digest_of(root)
    assert changed != before
    (root / "temporal/table.json").write_text("[1]\n")
    assert digest_of(root) == before
    (root / "temporal/rules.py").write_text("RULES = 2\n")
    assert digest_of(root) not in (before, changed)


def test_an_index_from_other_code_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    index = tmp_path / "samples.sqlite"
    open_checked([str(SAMPLES)], index)
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'code'").fetchone() == (
            code_digest(),)
    monkeypatch.setattr(store_module, "code_digest", lambda: "other-code")
    rebuilt = open_checked([str(SAMPLES)], index)
    assert rebuilt.store.notes == [
        "the index was made by another version of dateline; rebuilding it"]
    assert counts(rebuilt) == (13, 0, 0, 17)


def test_an_index_from_before_the_digest_is_rebuilt(tmp_path: Path):
    index = tmp_path / "samples.sqlite"
    open_checked([str(SAMPLES)], index)
    with sqlite3.connect(index) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'code'")
    rebuilt = open_checked([str(SAMPLES)], index)
    assert rebuilt.store.notes == [
        "the index was made by another version of dateline; rebuilding it"]
    reopened = open_checked([str(SAMPLES)], index)
    assert reopened.store.notes == []

"""Each content's era scope is kept: an update checks kept contents only against eras that are
new since the last check (and new contents against all), with the same scopes as a full check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from test_index import age, open_checked
from test_index_era_scope import write

from summarize.index.era_scope import relevant_eras
from summarize.index.store import Store, open_store
from summarize.temporal import Era

STRIKE = Era("Lannock strike (learned)", date(2024, 3, 1), ("the Lannock strike",))
WALL = Era("sea wall (learned)", date(2024, 3, 1), ("the sea wall",))
BLOCKADE = Era("Orrin blockade (learned)", date(2024, 4, 1), ("the blockade of Orrin",))
#: The same name with another phrase: a changed era.
STRIKE_2 = Era("Lannock strike (learned)", date(2024, 3, 1), ("the Lannock ferry strike",))


class Reads:
    """The store, counting the article texts it is asked for."""

    def __init__(self, store: Store) -> None:
        self.store, self.texts = store, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        rows = self.store.query(sql, params)
        if "text FROM articles" in sql:
            self.texts += len(rows)
        return rows


def full_check(store: Store, eras: list[Era], rowids: list[int]) -> dict[int, str]:
    """The scopes worked out from nothing kept."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM era_scopes")
        conn.execute("DELETE FROM meta WHERE key = 'era-scope-set'")
    return relevant_eras(store, eras, rowids)


def feed(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "feed"
    write(root)
    (root / "quay.txt").write_text("Quay\n\nThe sea wall by the quay held; the Lannock ferry "
                                   "strike went on.\n")
    (root / "copy.txt").write_text(  # the same content as crews.txt: one scope for both
        "Crews vote on offer\n\nOn day 20 of the strike the Lannock crews voted on the offer.\n")
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index)
    return root, index


def rows_of(store: Store) -> list[int]:
    return [r for (r,) in store.query("SELECT rowid FROM articles ORDER BY rowid")]


def test_kept_scopes_follow_added_removed_and_changed_eras(tmp_path: Path) -> None:
    _, index = feed(tmp_path)
    store = open_store(index)
    try:
        rowids = rows_of(store)
        steps = [[STRIKE], [STRIKE, WALL], [WALL, STRIKE, BLOCKADE], [WALL, BLOCKADE],
                 [STRIKE_2, BLOCKADE], [STRIKE_2, BLOCKADE, WALL, STRIKE]]
        for eras in steps:
            kept = relevant_eras(store, eras, rowids)
            fresh = full_check(store, eras, rowids)
            relevant_eras(store, steps[0], rowids)  # back to the first set, kept
            assert relevant_eras(store, eras, rowids) == kept == fresh, eras
        quay = store.query("SELECT rowid FROM articles WHERE id = 'quay'")[0][0]
        assert "the Lannock ferry strike" in fresh[quay] and "sea wall" in fresh[quay]
    finally:
        store.close()


def test_the_same_eras_again_read_no_text(tmp_path: Path) -> None:
    _, index = feed(tmp_path)
    store = open_store(index)
    try:
        rowids = rows_of(store)
        relevant_eras(store, [STRIKE, WALL], rowids)
        reads = Reads(store)
        again = relevant_eras(reads, [STRIKE, WALL], rowids)  # type: ignore[arg-type]
        assert reads.texts == 0
        assert again == full_check(store, [STRIKE, WALL], rowids)
        # one new era: each content read once (crews and its copy share one), no more
        relevant_eras(reads, [STRIKE, WALL, BLOCKADE], rowids)  # type: ignore[arg-type]
        contents = store.query("SELECT COUNT(DISTINCT hash) FROM articles")[0][0]
        assert reads.texts == contents < len(rowids)
    finally:
        store.close()


def test_changed_and_removed_articles_after_an_update(tmp_path: Path) -> None:
    """A changed text gets its own scope; a removed one's kept scope is dropped."""
    root, index = feed(tmp_path)
    (root / "market.txt").write_text("Market reopens\n\nThe market reopened by the sea wall "
                                     "on day 3 of the blockade of Orrin.\n")
    (root / "copy.txt").unlink()
    age(root)
    open_checked([str(root)], index)
    store = open_store(index)
    try:
        rowids = rows_of(store)
        kept = relevant_eras(store, [STRIKE, WALL, BLOCKADE], rowids)
        market = store.query("SELECT rowid FROM articles WHERE id = 'market'")[0][0]
        assert "Orrin blockade" in kept[market] and "sea wall" in kept[market]
        assert kept == full_check(store, [STRIKE, WALL, BLOCKADE], rowids)
        held = {h for (h,) in store.query("SELECT hash FROM era_scopes")}
        assert held <= {h for (h,) in store.query("SELECT hash FROM articles")}
    finally:
        store.close()


SCRIPT = """
import json, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
from pathlib import Path
from test_index_era_scope_kept import STEPS, rows_of
from summarize.index.era_scope import relevant_eras
from summarize.index.store import open_store
store = open_store(Path({index!r}))
rowids = rows_of(store)
print(json.dumps([relevant_eras(store, eras, rowids) for eras in STEPS]))
store.close()
"""
STEPS = [[STRIKE], [STRIKE, WALL], [WALL, STRIKE, BLOCKADE], [STRIKE_2, BLOCKADE]]


def test_kept_scopes_are_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    _, index = feed(tmp_path)
    store = open_store(index)
    try:
        rowids = rows_of(store)
        expected = [{str(k): v for k, v in full_check(store, eras, rowids).items()}
                    for eras in STEPS]
    finally:
        store.close()
    root = Path(__file__).resolve().parent.parent
    for seed in ("0", "4242"):
        copy = tmp_path / f"index-{seed}.sqlite"
        shutil.copyfile(index, copy)
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(root=str(root), tests=str(root / "tests"),
                                                 index=str(copy))],
            capture_output=True, text=True, check=True, cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert json.loads(done.stdout) == expected

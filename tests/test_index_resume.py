"""A ``dateline index`` killed mid-build leaves a sound index; the next run finishes the work
(without redoing what was committed) and gives what a fresh load gives."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from test_index import assert_same, fresh_load

from summarize.index import open_index
from summarize.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 600
#: Tagging commits batches of TAG_BATCH (64) articles: kill once one batch is in.
ENOUGH = 64
DEADLINE = 60.0


def committed(index: Path) -> int:
    """Tagging results committed so far (0 while the index is not there yet)."""
    if not index.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT count(*) FROM tagged").fetchone()[0]
    except sqlite3.Error:  # not created yet, or busy
        return 0


def dateline(*argv: str) -> list[str]:
    return [sys.executable, "-m", "tui", *argv]


def test_killed_build_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate_corpus.py"), str(corpus),
                    "--articles", str(ARTICLES)], check=True, capture_output=True, cwd=ROOT)
    index = tmp_path / "big.sqlite"
    build = subprocess.Popen(dateline("index", str(corpus), "--index", str(index), "--jobs", "1"),
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.monotonic()
    try:
        while (seen := committed(index)) < ENOUGH:
            assert build.poll() is None, build.stderr.read().decode()  # type: ignore[union-attr]
            assert time.monotonic() - started < DEADLINE
            time.sleep(0.05)
        build.kill()  # SIGKILL: no clean-up of any kind
    finally:
        build.kill()
        build.wait()
        build.stderr.close()  # type: ignore[union-attr]
    assert build.returncode == -9
    at_kill = committed(index)
    assert at_kill >= seen

    resumed = subprocess.run(dateline("index", str(corpus), "--index", str(index), "--jobs",
                                      "1", "--json"), cwd=ROOT, capture_output=True, text=True,
                             check=True)
    report = json.loads(resumed.stdout)
    with closing(sqlite3.connect(index)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        total = conn.execute("SELECT count(*) FROM tagged").fetchone()[0]
    assert at_kill < total, "the first build finished before it was killed"
    # Only what the killed run had not committed is tagged again.
    assert 0 < report["tagged"] <= total - at_kill
    assert report["articles"] == ARTICLES

    settings = Settings(jobs=1)
    indexed = open_index([str(corpus)], settings, index=index)
    try:
        assert indexed.report.tagged == 0  # the CLI's settings are these: nothing to redo
        assert len(indexed.tagged) == ARTICLES
        assert_same(fresh_load([str(corpus)], settings), indexed)
    finally:
        indexed.store.close()

"""bench/compare_indexes.py: a wrong call or a file that is no index gets one line, not a trace."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "compare_indexes.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=60)


def test_help_prints_the_usage() -> None:
    done = _run("--help")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "usage: python bench/compare_indexes.py UPDATED.sqlite COLD.sqlite"]


def test_a_missing_or_foreign_file_is_one_line(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    missing = _run(str(tmp_path / "gone.sqlite"), str(other))
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "gone.sqlite: not a readable dateline index" \
        in missing.stderr
    foreign = _run(str(other), str(other))
    assert foreign.returncode == 2 and "Traceback" not in foreign.stderr
    assert foreign.stderr.count("\n") == 1 and "not a readable dateline index" in foreign.stderr

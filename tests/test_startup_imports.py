"""``dateline tag`` on a small text file loads only what it uses (start-up is measured in
bench/bench_startup.py; this guards what it depends on, not the time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: Heavy modules a plain-text ``dateline tag`` has no use for.
NOT_NEEDED = ("numpy", "scipy", "sqlite3", "summarize.index", "summarize.storylines",
              "summarize.timeline", "yaml", "lxml", "ijson", "charset_normalizer", "holidays",
              "hijridate", "textual")


def test_tagging_a_line_loads_no_heavy_module(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("The strike began on Monday, officials said yesterday.\n", encoding="utf-8")
    code = ("import sys\n"
            "from tui.cli.main import main\n"
            f"main(['tag', {str(one)!r}, '--dct', '2024-05-04', '--format', 'json'])\n"
            f"print(sorted(m for m in {NOT_NEEDED!r} if m in sys.modules), file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert run.stderr.strip().splitlines()[-1] == "[]"
    assert '"value": "2024-05-03"' in run.stdout


def test_importing_the_temporal_engine_compiles_no_rule() -> None:
    code = ("import importlib\n"
            "r = importlib.import_module('summarize.temporal.recognise')\n"
            "print(sum(x is not None for x in r._RULES))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "0"

"""Benchmark start-up: ``dateline tag FILE --dct DATE`` on a one-line file, as a user runs it.

Usage: python bench/bench_startup.py [--runs 15] [--against DIR]

Each run is a fresh process; CPU time (user + system, of the process and its children) and
wall time are reported as median and minimum over ``--runs`` runs, beside ``python -c pass``
(the interpreter alone) and ``dateline --version``. Bytecode caches are written to a private
folder and warmed by one run first (a user's installed copy has them), and so is the cache of
compiled patterns (``summarize/regex_cache.py``); one more row runs the tag command with that
cache off, as a first run after installing would. Prints a Markdown
section (machine, date, load, figures beside the target) for bench/RESULTS.md. ``--against DIR``
also runs the tag command on the packages of another checkout (e.g. a git worktree of an older
commit) in the same rounds and prints the ratio, which a busy machine leaves meaningful.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_WALL_S = 0.35
LINE = "The strike began on Monday, officials said yesterday, and talks resume next Tuesday.\n"


def _dateline() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m tui``."""
    script = Path(sys.executable).with_name("dateline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


def measure(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """CPU and wall seconds of ``runs`` fresh runs of ``cmd`` (after one warm-up run)."""
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    cpu, wall = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        wall.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return cpu, wall


def _row(name: str, cpu: list[float], wall: list[float]) -> str:
    return (f"| {name} | {statistics.median(cpu):.3f} | {min(cpu):.3f} | "
            f"{statistics.median(wall):.3f} | {min(wall):.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--against", type=Path, help="another checkout to compare the tag run with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one-line.txt"
        one.write_text(LINE, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env["DATELINE_PATTERN_CACHE"] = str(Path(tmp) / "patterns")
        load = os.getloadavg()[0]
        cases = [("`python -c pass`", [sys.executable, "-c", "pass"]),
                 ("`dateline --version`", [*_dateline(), "--version"]),
                 ("`dateline tag one-line.txt --dct 2024-05-04`",
                  [*_dateline(), "tag", str(one), "--dct", "2024-05-04"]),
                 ("`dateline tag one-line.txt --dct 2024-05-04 --format json`",
                  [*_dateline(), "tag", str(one), "--dct", "2024-05-04", "--format", "json"]),
                 ("same as the tag command, pattern cache off",
                  [*_dateline(), "tag", str(one), "--dct", "2024-05-04"],
                  {**env, "DATELINE_PATTERN_CACHE": "off"})]
        if args.against is not None:
            # its own caches: the other checkout's patterns would miss in this one's file
            other = {**env, "PYTHONPATH": str(args.against.resolve()),
                     "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache-against"),
                     "DATELINE_PATTERN_CACHE": str(Path(tmp) / "patterns-against")}
            cases.append((f"same, packages of {args.against}", cases[2][1], other))
        rows = [(name, *measure(cmd, args.runs, case_env[0] if case_env else env))
                for name, cmd, *case_env in cases]
    _, tag_cpu, tag_wall = rows[2]
    print(f"### Start-up, {datetime.now():%Y-%m-%d %H:%M}\n")
    print(f"- Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; load average at start {load:.2f} "
          f"(the machine is shared)")
    print(f"- `python bench/bench_startup.py --runs {args.runs}`: a fresh process per run, "
          "bytecode caches warm, seconds\n")
    print("| command | CPU median | CPU min | wall median | wall min |")
    print("|---|---:|---:|---:|---:|")
    for name, cpu, wall in rows:
        print(_row(name, cpu, wall))
    met = statistics.median(tag_wall) < TARGET_WALL_S
    if args.against is not None:
        _, old_cpu, old_wall = rows[-1]
        print(f"\nAgainst {args.against}: CPU {statistics.median(old_cpu):.3f} s -> "
              f"{statistics.median(tag_cpu):.3f} s ("
              f"{statistics.median(old_cpu) / statistics.median(tag_cpu):.2f}x less), wall "
              f"{statistics.median(old_wall):.3f} s -> {statistics.median(tag_wall):.3f} s.")
    print(f"\nTarget: `dateline tag` on a one-line file under {TARGET_WALL_S} s wall — "
          f"{'met' if met else 'not met'} (median wall {statistics.median(tag_wall):.3f} s, "
          f"CPU {statistics.median(tag_cpu):.3f} s).")


if __name__ == "__main__":
    main()

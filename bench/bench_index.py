"""Persistent index: cold builds, warm re-open, TUI first paint, incremental update, Dask.

    python bench/bench_index.py --articles 100000 [--work DIR] [--skip-dask] [--only STEP...]
        [--added scattered|recent] [--write-added FILE]

The corpus is made once by ``generate_corpus.py`` into WORK/corpus-N and reused. Every build is
a ``dateline index`` child process: wall seconds, the largest single process's peak RSS (from
``os.wait4``) and the peak summed RSS of its whole process tree (sampled every 0.2 s). Figures
are kept in WORK/results-N.json, so a later ``--only`` run can compare with an earlier cold
build. Prints Markdown rows as it goes, then a summary table against the issue's targets.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STEPS = ("cold", "warm", "tui", "incremental", "dask")
ADDED = 100
SAMPLE_EVERY = 0.2
TUI_TIMEOUT = 900.0
#: key -> (label, target text, predicate on the value); the summary is built from these.
TARGETS = {
    "cold_j1": ("cold build, --jobs 1 (s)", "", None),
    "cold_j2": ("cold build, --jobs 2 (s)", "", None),
    "speedup": ("speed-up jobs 1 / jobs 2", ">= 1.8", lambda v: v >= 1.8),
    "warm": ("warm re-open to a ready timeline (s)", "< 3 s", lambda v: v < 3),
    "warm_wall": ("… whole process incl. start-up (s)", "", None),
    "tui_paint": ("TUI first paint from the index (s)", "< 1 s", lambda v: v < 1),
    "tui_usable": ("TUI timeline shows entries (s)", "", None),
    "noop": ("update, nothing changed (s)", "", None),
    "incremental": (f"update after +{ADDED} articles (s)", "", None),
    "incremental_pct": ("… as % of the jobs-2 cold build", "< 5 %", lambda v: v < 5),
    "removed": (f"update after removing those {ADDED} (s)", "", None),
    "dask": ("cold build, --engine dask --jobs 2 (s)", "", None),
    "dask_ratio": ("… dask / local jobs 2", "", None),
}


def emit(measure: str, value: str, detail: str = "") -> None:
    print(f"| {measure} | {value} | {detail} |", flush=True)


@dataclass(frozen=True, slots=True)
class Run:
    """One finished child process: exit code, wall seconds, peak memory, its output."""

    code: int
    wall: float
    rss_mb: float
    tree_mb: float | None
    out: str
    err: str

    def memory(self) -> str:
        tree = f"{self.tree_mb:,.0f} MB" if self.tree_mb else "n/a"
        return f"peak RSS {self.rss_mb:,.0f} MB (largest process), {tree} (process tree)"

    def failure(self) -> str:
        last = (self.err.strip().splitlines() or ["no output"])[-1]
        return f"failed (exit {self.code}): {last[:160]}"


def sample_tree(pid: int, peak: list[float], done: threading.Event) -> None:
    """Keep in ``peak[0]`` the largest summed RSS (MB) of ``pid`` and its descendants."""
    try:
        import psutil
    except ImportError:
        return
    while not done.wait(SAMPLE_EVERY):
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        total = 0
        for proc in procs:
            with suppress(psutil.Error):
                total += proc.memory_info().rss
        peak[0] = max(peak[0], total / 2**20)


def run_child(cmd: list[str], cwd: Path) -> Run:
    """Run ``cmd``, reaping it with ``os.wait4`` so ``ru_maxrss`` is this child's alone."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    peak, done = [0.0], threading.Event()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env=env)
        sampler = threading.Thread(target=sample_tree, args=(proc.pid, peak, done), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        texts = [(f.seek(0), f.read().decode(errors="replace"))[1] for f in (out, err)]
        return Run(proc.returncode, wall, usage.ru_maxrss / 1024, peak[0] or None, *texts)


def dateline() -> list[str]:
    script = shutil.which("dateline", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "tui"]


def fresh(index: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)


class Bench:
    """The work folder, the corpus, and the figures measured now and in earlier runs."""

    def __init__(self, work: Path, articles: int) -> None:
        self.work, self.n = work, articles
        self.corpus = work / f"corpus-{articles}"
        self.file = work / f"results-{articles}.json"
        self.earlier: dict[str, float] = (json.loads(self.file.read_text())
                                          if self.file.is_file() else {})
        self.now: dict[str, float] = {}

    def index(self, name: str) -> Path:
        return self.work / f"index-{self.n}-{name}.sqlite"

    def record(self, key: str, value: float) -> None:
        self.now[key] = value
        self.file.write_text(json.dumps({**self.earlier, **self.now}, indent=1))

    def figure(self, key: str) -> float | None:
        return self.now.get(key, self.earlier.get(key))

    def build(self, index: Path, *extra: str) -> Run:
        return run_child([*dateline(), "index", str(self.corpus), "--index", str(index),
                          *extra], self.work)

    def timed(self, key: str, label: str, index: Path, *extra: str) -> Run | None:
        """Run ``dateline index`` on the corpus, print its row and keep its wall time."""
        run = self.build(index, *extra)
        if run.code:
            emit(label, run.failure())
            return None
        self.record(key, run.wall)
        emit(label, f"{run.wall:.2f} s", f"{run.memory()}; says: {run.out.strip()[:160]}")
        return run

    def ratio(self, key: str, label: str, top: str, bottom: str, scale: float = 1) -> None:
        a, b = self.figure(top), self.figure(bottom)
        if a and b:
            self.record(key, scale * a / b)
            emit(label, f"{scale * a / b:.2f}", f"{top} / {bottom}")

    def ensure_j2(self) -> Path | None:
        """The jobs-2 index, built (untimed) if an earlier step has not made it."""
        index = self.index("j2")
        if not index.is_file() and self.build(index, "--jobs", "2").code:
            emit("jobs-2 index (needed by this step)", "failed to build")
            return None
        return index

    def child(self, mode: str, label: str) -> tuple[Run, dict] | None:
        """Run this script as ``--child mode`` on the jobs-2 index; its JSON answer."""
        index = self.ensure_j2()
        if index is None:
            return None
        run = run_child([sys.executable, __file__, "--child", mode, str(self.corpus),
                         str(index)], self.work)
        lines = run.out.strip().splitlines()
        if run.code or not lines:
            emit(label, run.failure())
            return None
        return run, json.loads(lines[-1])


def generate(bench: Bench) -> None:
    if bench.corpus.is_dir():
        emit("corpus", "reused", str(bench.corpus))
        return
    partial = bench.corpus.with_name(bench.corpus.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    run = run_child([sys.executable, str(ROOT / "bench/generate_corpus.py"), str(partial),
                     "--articles", str(bench.n)], bench.work)
    if run.code:
        raise SystemExit(run.failure())
    partial.rename(bench.corpus)
    emit("corpus", f"{run.wall:.1f} s", run.out.strip().replace(".partial", ""))


def step_cold(bench: Bench) -> None:
    for jobs in (1, 2):
        fresh(bench.index(f"j{jobs}"))
        bench.timed(f"cold_j{jobs}", f"cold build, --jobs {jobs}", bench.index(f"j{jobs}"),
                    "--jobs", str(jobs))
    bench.ratio("speedup", "speed-up jobs 1 / jobs 2", "cold_j1", "cold_j2")


def step_warm(bench: Bench) -> None:
    answer = bench.child("warm", "warm re-open")
    if answer:
        run, got = answer
        bench.record("warm", got["ready"])
        bench.record("warm_wall", run.wall)
        emit("warm re-open to a ready timeline", f"{got['ready']:.2f} s",
             f"open_corpus {got['load']:.2f} s + timeline {got['timeline']:.2f} s; "
             f"{got['articles']:,} articles, {got['entries']:,} entries")
        emit("… whole process (start-up, imports, exit)", f"{run.wall:.2f} s",
             f"imports {got['imports']:.2f} s; {run.memory()}")


def step_tui(bench: Bench) -> None:
    answer = bench.child("tui", "TUI from the index")
    if answer:
        run, got = answer
        bench.record("tui_paint", got["paint"])
        bench.record("tui_usable", got["usable"])
        emit("TUI first paint from the index", f"{got['paint'] * 1000:.0f} ms",
             f"from DatelineApp(); whole process {run.wall:.1f} s")
        emit("TUI timeline shows entries", f"{got['usable']:.2f} s",
             f"{got['entries']:,} entries")


def scattered_articles(n: int) -> list[dict]:
    """ADDED new articles of random stories (one new shard of the generator), numbered past
    a corpus of ``n``: their dates fall anywhere in the corpus's years."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "bench/generate_corpus.py"), tmp,
                        "--articles", str(ADDED), "--seed", "8", "--stories-of",
                        str(n)], check=True,
                       stdout=subprocess.DEVNULL)
        lines = (Path(tmp) / "shard-0000.jsonl").read_text(encoding="utf-8").splitlines()
    # generate_corpus numbers from 0: shift past n
    return [{**json.loads(line), "id": f"syn-{n + i:06d}"} for i, line in enumerate(lines[:ADDED])]


def generator_stories(n: int, seed: int = 7) -> list[tuple[int, int]]:
    """The (pool, story) that ``generate_corpus.py --articles n --seed seed`` gave each of its
    articles, from the generator's own ``drawn_articles`` (its renaming draws nothing: skipped
    for speed)."""
    import random
    from unittest import mock

    import generate_corpus as gen

    pools = gen.story_pools(ROOT.parent / "shared/data/tls/t17")
    stories = max(1, n // (gen.STORY_ARTICLES * len(pools)))
    with mock.patch.object(gen, "renamer", lambda _story: lambda text: text):
        return [(pool, story) for pool, story, _ in
                gen.drawn_articles(random.Random(seed), pools, n, stories)]


def recent_articles(corpus: Path, n: int, seed: int = 8) -> list[dict]:
    """ADDED new articles continuing the stories of the corpus's last 70 days, as a day's feed
    does: each mixes the paragraphs of two dated articles of one such story and is published
    1-3 days after that story's last date."""
    import random

    stories = generator_stories(n)
    records = [json.loads(line) for shard in sorted(corpus.glob("shard-[0-9]*.jsonl"))
               for line in shard.read_text(encoding="utf-8").splitlines()]
    dated = [r for r in records if r.get("published")]
    def day(record: dict) -> date:
        return date.fromisoformat(record["published"][:10])

    last = max(day(r) for r in dated)
    recent: dict[tuple[int, int], list[dict]] = {}
    for r in dated:
        if (last - day(r)).days <= 70:
            recent.setdefault(stories[int(r["id"].removeprefix("syn-"))], []).append(r)
    usable = sorted(k for k, members in recent.items() if len(members) >= 2)
    rng = random.Random(seed)
    added = []
    for i in range(ADDED):
        members = recent[rng.choice(usable)]
        a, b = rng.sample(members, 2)
        paragraphs = [p for pair in zip(a["text"].split("\n\n"), b["text"].split("\n\n"),
                                        strict=False) for p in pair]
        end = max(day(m) for m in members)
        added.append({"id": f"syn-{n + i:06d}", "title": a["title"], "source": b["source"],
                      "text": "\n\n".join(paragraphs), "published": (
                          end + timedelta(days=rng.randint(1, 3))).isoformat()})
    return added


def step_incremental(bench: Bench, kind: str = "scattered") -> None:
    """On a copy of the jobs-2 index (so reruns start alike): no change, +100, -100."""
    built = bench.ensure_j2()
    if built is None:
        return
    index = bench.index("incremental")
    fresh(index)
    with closing(sqlite3.connect(built)) as src, closing(sqlite3.connect(index)) as dst:
        src.backup(dst)
    bench.timed("noop", "update, nothing changed", index, "--jobs", "2")
    added = bench.corpus / "shard-added.jsonl"
    new = scattered_articles(bench.n) if kind == "scattered" else recent_articles(
        bench.corpus, bench.n)
    with added.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
    try:
        bench.timed("incremental", f"update after +{ADDED} articles", index, "--jobs", "2")
    finally:
        added.unlink()
    bench.ratio("incremental_pct", "… as % of the jobs-2 cold build", "incremental", "cold_j2",
                100)
    bench.timed("removed", f"update after removing those {ADDED}", index, "--jobs", "2")
    fresh(index)


def step_dask(bench: Bench, skip: bool) -> None:
    if skip or importlib.util.find_spec("distributed") is None:
        emit("cold build, Dask", "skipped", "--skip-dask given" if skip else
             "`distributed` is not installed")
        return
    fresh(bench.index("dask"))
    bench.timed("dask", "cold build, --engine dask --jobs 2", bench.index("dask"),
                "--engine", "dask", "--jobs", "2")
    bench.ratio("dask_ratio", "… dask / local jobs 2", "dask", "cold_j2")


def summary(bench: Bench) -> None:
    if not bench.now:
        return
    print("\n| measure | value | target | met |\n|---|---:|---|---|")
    for key, (label, target, ok) in TARGETS.items():
        if key in bench.now:
            value = bench.now[key]
            met = "" if ok is None else ("yes" if ok(value) else "**no**")
            print(f"| {label} | {value:.2f} | {target} | {met} |")


def child_warm(corpus: str, index: str) -> dict:
    started = time.perf_counter()
    from summarize.open import open_corpus
    from summarize.settings import Settings

    t0 = time.perf_counter()
    loaded = open_corpus([corpus], Settings(), index=Path(index))
    t1 = time.perf_counter()
    entries = loaded.timeline("day")
    t2 = time.perf_counter()
    return {"imports": t0 - started, "load": t1 - t0, "timeline": t2 - t1, "ready": t2 - t0,
            "articles": len(loaded.tagged), "entries": len(entries)}


async def child_tui(corpus: str, index: str) -> dict:
    """As bench_tui.first_paint, with the index: from DatelineApp() to its first frame."""
    from bench_tui import SIZE, record_paints, wait_until_usable

    from summarize.settings import Settings
    from tui.app import DatelineApp
    from tui.app.widgets.timeline_list import TimelineList

    started = time.perf_counter()
    app = DatelineApp([corpus], Settings(), index=Path(index))
    paints = record_paints(app)
    async with app.run_test(size=SIZE):
        while not paints:
            await asyncio.sleep(0.001)
        painted = paints[0] - started
        await asyncio.wait_for(wait_until_usable(app), TUI_TIMEOUT)
        usable = time.perf_counter() - started
        entries = len(app.screen.query_one(TimelineList).entries)
    return {"paint": painted, "usable": usable, "entries": entries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=ROOT / "bench/out/index")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--only", nargs="+", choices=STEPS, default=list(STEPS),
                        metavar="STEP", help=f"any of: {' '.join(STEPS)}")
    parser.add_argument("--added", choices=("scattered", "recent"), default="scattered",
                        help="the incremental step's new articles: of random stories "
                             "(dates anywhere) or continuing the corpus's last 70 days")
    parser.add_argument("--write-added", type=Path, metavar="FILE",
                        help="only write those articles (JSONL) to FILE, for updates by hand")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write_added:
        corpus = (args.work / f"corpus-{args.articles}").resolve()
        new = (scattered_articles(args.articles) if args.added == "scattered"
               else recent_articles(corpus, args.articles))
        with args.write_added.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
        return 0
    if args.child:
        mode, corpus, index = args.child
        got = child_warm(corpus, index) if mode == "warm" else asyncio.run(child_tui(corpus, index))
        print(json.dumps(got))
        return 0
    from bench_pipeline import machine

    args.work.mkdir(parents=True, exist_ok=True)
    bench = Bench(args.work.resolve(), args.articles)
    print(f"## dateline index benchmark, {args.articles:,} articles — "
          f"{datetime.now():%Y-%m-%d %H:%M}\n\nMachine: {machine()}; "
          f"load average {os.getloadavg()[0]:.2f} at start\n")
    print("| measure | value | detail |\n|---|---:|---|", flush=True)
    generate(bench)
    steps = {"cold": step_cold, "warm": step_warm, "tui": step_tui,
             "incremental": lambda b: step_incremental(b, args.added),
             "dask": lambda b: step_dask(b, args.skip_dask)}
    for step in (s for s in STEPS if s in args.only):
        steps[step](bench)
    summary(bench)
    print(f"\nLoad average {os.getloadavg()[0]:.2f} at the end.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

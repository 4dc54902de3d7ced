"""Storylines in the index: their share of a cold build, and of an update after 100 articles.

    python bench/bench_stories.py --articles 10000 [--work DIR] [--jobs 2] [--against TREE]

The corpus is made by ``generate_corpus.py`` into WORK/corpus-N (reused when present; the same
corpus as ``bench_index.py``). Each measurement runs in a child process: the sync of the index
(reading, tagging, the timeline's day view) and then the storylines step (fingerprints on the
workers, clustering), timed apart, wall and CPU (the process and its workers). Then 100 new
articles (another seed) are added in a file of their own and the same is measured again.
Prints Markdown rows for bench/RESULTS.md. ``--against TREE`` (another checkout of the
project, e.g. ``git archive COMMIT | tar -x -C TREE``) measures that code the same way first,
in the same run, so the two can be compared as ratios on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The code measured: this checkout, or the tree a child process is told to use.
TREE = Path(os.environ.get("DATELINE_BENCH_TREE") or ROOT)
sys.path.insert(0, str(TREE))
ADDED = 100


def cpu() -> float:
    """CPU seconds of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child(corpus: str, index: str, jobs: int) -> dict:
    """In a child process: sync the index, then bring its storylines up to date; time each."""
    from summarize.index import open_index
    from summarize.index.stories import keep_stories
    from summarize.settings import Settings

    settings = Settings(jobs=jobs)
    wall, used = time.perf_counter(), cpu()
    corpus_ = open_index([corpus], settings, index=Path(index))
    sync_wall, sync_cpu = time.perf_counter() - wall, cpu() - used
    wall, used = time.perf_counter(), cpu()
    keep_stories(corpus_, corpus_.store)
    stories = corpus_.storylines()
    return {"sync_wall": sync_wall, "sync_cpu": sync_cpu,
            "stories_wall": time.perf_counter() - wall, "stories_cpu": cpu() - used,
            "articles": len(corpus_.tagged), "stories": len(stories),
            "biggest": [len(s.articles) for s in stories[:12]]}


def run_child(corpus: Path, index: Path, jobs: int, tree: Path = ROOT) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(index),
                           str(jobs)], capture_output=True, text=True, check=True, cwd=tree,
                          env={**os.environ, "DATELINE_BENCH_TREE": str(tree)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def generate(out: Path, articles: int, seed: int, stories_of: int | None = None) -> None:
    if not out.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench/generate_corpus.py"), str(out),
                        "--articles", str(articles), "--seed", str(seed),
                        "--stories-of", str(stories_of or articles)], check=True)


def row(label: str, figures: dict, base: dict | None = None) -> None:
    share = ""
    if base:
        share = (f" = {100 * figures['stories_wall'] / base['sync_wall']:.1f} % of the cold "
                 f"build's wall, {100 * figures['stories_cpu'] / base['sync_cpu']:.1f} % of "
                 "its CPU")
    print(f"| {label} | sync {figures['sync_wall']:.1f} s wall, {figures['sync_cpu']:.1f} s CPU;"
          f" storylines {figures['stories_wall']:.2f} s wall, {figures['stories_cpu']:.2f} s CPU"
          f"{share} | {figures['articles']} articles, {figures['stories']} stories |",
          flush=True)


def measure(tree: Path, corpus: Path, extra: Path, args: argparse.Namespace) -> None:
    """Cold build, re-open and update after ADDED articles, with the code of ``tree``."""
    index = args.work / f"stories-{args.articles}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    print(f"| storylines, {args.articles:,} articles, --jobs {args.jobs}, code: {tree} | | |")
    cold = run_child(corpus, index, args.jobs, tree)
    row("cold build", cold)
    print(f"|  biggest stories | {cold['biggest']} | |")
    warm = run_child(corpus, index, args.jobs, tree)
    row("re-open, nothing changed", warm, cold)
    added = corpus / "shard-extra.jsonl"
    shutil.copy(next(extra.glob("*.jsonl")), added)
    try:
        update = run_child(corpus, index, args.jobs, tree)
        row(f"update after +{ADDED} articles", update, cold)
        total = update["sync_wall"] + update["stories_wall"]
        whole = cold["sync_wall"] + cold["stories_wall"]
        used = update["sync_cpu"] + update["stories_cpu"]
        spent = cold["sync_cpu"] + cold["stories_cpu"]
        print(f"|  update as % of the cold build | wall {100 * total / whole:.2f} % "
              f"(storylines part {100 * update['stories_wall'] / whole:.2f} %); CPU "
              f"{100 * used / spent:.2f} % (storylines part "
              f"{100 * update['stories_cpu'] / spent:.2f} %) | |", flush=True)
    finally:
        added.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "dateline-bench")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--against", type=Path, help="another tree to measure first")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        corpus, index, jobs = args.child
        print(json.dumps(child(corpus, index, int(jobs))))
        return 0
    os.environ.setdefault("XDG_CACHE_HOME", str(args.work / "cache"))
    corpus = args.work / f"corpus-{args.articles}"
    generate(corpus, args.articles, 7)
    extra = args.work / f"extra-{ADDED}-of-{args.articles}"
    generate(extra, ADDED, 99, args.articles)
    for tree in ([args.against.resolve()] if args.against else []) + [ROOT]:
        measure(tree, corpus, extra, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""End-to-end benchmark: a corpus to a Markdown briefing, with the time of each stage.

    python bench/bench_pipeline.py --articles 1000 10000 [--jobs N]

Each size runs in a fresh subprocess (so peak memory is that run's own), on a corpus made by
``generate_corpus.py`` in a temporary folder. Prints a Markdown table for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from machine_info import machine  # noqa: E402  (bench/ is the script's folder)


def run_once(folder: Path) -> dict[str, float]:
    """Time ingest, tag, timeline and summarise on ``folder``; return seconds and peak MB."""
    from summarize.corpus import Corpus, analyse_articles
    from summarize.export import BriefingOptions, build_briefing, render_markdown
    from summarize.ingest import load_paths
    from summarize.settings import Settings

    times: dict[str, float] = {}
    t = time.perf_counter()
    loaded = load_paths([str(folder)])
    times["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    tagged = analyse_articles(loaded.articles, Settings())
    times["tag"] = time.perf_counter() - t
    corpus = Corpus(tagged, loaded.problems)
    t = time.perf_counter()
    entries = corpus.timeline("day")
    times["timeline"] = time.perf_counter() - t
    t = time.perf_counter()
    text = render_markdown(build_briefing(corpus, BriefingOptions(), entries))
    times["summarise"] = time.perf_counter() - t
    times["total"] = sum(times.values())
    times["articles"] = len(loaded.articles)
    times["mb"] = sum(len(a.text) for a in loaded.articles) / 1e6
    times["dates"] = len(entries)
    times["briefing_kb"] = len(text) / 1e3
    times["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="corpus -> Markdown, per stage")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_once(args.child)))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            folder = Path(tmp) / f"corpus-{n}"
            subprocess.run([sys.executable, str(ROOT / "bench/generate_corpus.py"), str(folder),
                            "--articles", str(n)], check=True, stdout=subprocess.DEVNULL)
            out = subprocess.run([sys.executable, __file__, "--child", str(folder)],
                                 check=True, capture_output=True, text=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"End-to-end corpus -> Markdown, {date.today()}, {machine()}\n")
    print("| articles | MB of text | ingest s | tag s | timeline s | summarise s | total s "
          "| peak MB | dates |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['articles']:,.0f} | {r['mb']:.1f} | {r['ingest']:.1f} | {r['tag']:.1f} "
              f"| {r['timeline']:.1f} | {r['summarise']:.1f} | {r['total']:.1f} "
              f"| {r['peak_mb']:.0f} | {r['dates']:,.0f} |")
    print("\nTargets (10,000 articles): total under 60 s, peak memory under 1,500 MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

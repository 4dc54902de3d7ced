"""Time every summarizer at growing candidate counts (with and without the centrality
pre-filter) and near-duplicate detection at up to 50,000 sentences; print Markdown tables.

    python bench/bench_summarize.py [--data DIR] [--budget SECONDS]

Sentences come from the TLS ``articles.json`` files under ``--data``, split by dateline's own
splitter. A run whose time, extrapolated from the previous size, exceeds ``--budget`` is
skipped and its estimate printed instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine_info import machine

from summarize.dedup import find_duplicates
from summarize.sentences import split_sentences
from summarize.summarizers import (
    DEFAULT_PREFILTER_K,
    available_summarizers,
    summarize_candidates,
)

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tls" / "t17"
SUMMARY_SIZES = (10, 100, 1000, 5000)
DEDUP_SIZES = (1000, 10000, 50000)
#: How fast each method's cost grows with the number of candidates (for skip estimates).
GROWTH = {"lexrank": 2, "textrank": 2, "sumbasic": 2, "lsa": 2}


def load_sentences(data: Path, limit: int) -> list[str]:
    """Sentence texts of the articles under ``data``, in file order, up to ``limit``."""
    out: list[str] = []
    for path in sorted(data.glob("*/articles.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            out.extend(s.text for s in split_sentences(article.get("text", "")))
            if len(out) >= limit:
                return out[:limit]
    return out


def timed(call) -> tuple[float, object]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def bench_summarizers(sentences: list[str], n: int, budget: float) -> list[str]:
    header = "| method | pre-filter | " + " | ".join(f"{s:,}" for s in SUMMARY_SIZES) + " |"
    lines = [header, "|" + "---|" * (len(SUMMARY_SIZES) + 2)]
    for method in available_summarizers():
        for k in (DEFAULT_PREFILTER_K, None):
            cells, last = [], None
            for size in SUMMARY_SIZES:
                if last is not None:
                    estimate = last[1] * (size / last[0]) ** GROWTH.get(method, 1)
                    if estimate > budget:
                        cells.append(f"skipped (≈{estimate:,.0f} s)")
                        continue
                candidates = sentences[:size]
                seconds, chosen = timed(
                    lambda c=candidates, m=method, k=k: summarize_candidates(c, n, m, prefilter_k=k)
                )
                assert len(chosen) == min(n, size)
                cells.append(f"{seconds:.3f} s")
                last = (size, seconds)
            label = f"top {k}" if k else "off"
            lines.append(f"| {method} | {label} | " + " | ".join(cells) + " |")
            print(lines[-1], file=sys.stderr, flush=True)
    return lines


def bench_dedup(sentences: list[str]) -> list[str]:
    lines = [
        "| sentences | seconds | clusters | clusters > 1 | sentences in them |",
        "|---|---|---|---|---|",
    ]
    for size in DEDUP_SIZES:
        texts = sentences[:size]
        if len(texts) < size:
            lines.append(f"| {size:,} | not enough sentences ({len(texts):,}) | | | |")
            continue
        seconds, clusters = timed(lambda t=texts: find_duplicates(t))
        multi = [c for c in clusters if len(c) > 1]
        lines.append(
            f"| {size:,} | {seconds:.2f} | {len(clusters):,} | {len(multi):,} "
            f"| {sum(map(len, multi)):,} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--budget", type=float, default=120.0, help="max seconds per run")
    parser.add_argument("-n", type=int, default=3, help="sentences per summary")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"bench_summarize: {args.data}: no such directory", file=sys.stderr)
        return 2
    seconds, sentences = timed(lambda: load_sentences(args.data, max(DEDUP_SIZES)))
    print(f"# dateline summarizer and dedup benchmark\n\n{datetime.now():%Y-%m-%d %H:%M}  ")
    print(f"{machine()}  ")
    print(f"{len(sentences):,} sentences from {args.data} (loaded and split in {seconds:.1f} s)\n")
    print(f"## summarize_candidates, n={args.n} (wall time per call)\n")
    print("\n".join(bench_summarizers(sentences, args.n, args.budget)))
    print("\n## find_duplicates (threshold 0.8)\n")
    print("\n".join(bench_dedup(sentences)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark dateline's time-expression tagging against dateparser's search_dates.

Usage: python bench/bench_tagging.py [--mb 5] [--sample-kb 200] [--long-mb 2] [--data DIR]
                                     [--dateparser-only]

The long-document case tags the first ``--long-mb`` of the articles twice, as the articles
they are and as one article (joined by blank lines), in alternating rounds of one run.

Prints a Markdown section (machine, date, figures beside their targets) for bench/RESULTS.md.
Sizes are UTF-8 bytes; 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from machine_info import cpu_model

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "tls" / "t17"
IMPORT_TARGET_S = 0.3
THROUGHPUT_TARGET_KBS = 1000.0
RATIO_TARGET = 20.0
#: One long article must tag at this fraction of the KB/s of the same text as articles.
LONG_TARGET = 0.8
LONG_ROUNDS = 3
#: Rounds of dateline and dateparser on the sample, alternating: the ratio compares passes
#: that saw the same machine (dateparser's own speed moves by a fifth between runs).
SAMPLE_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class NewsArticle:
    id: str
    text: str
    dct: date | None

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Run:
    """Bytes tagged, CPU and wall seconds spent and expressions found by one tagger."""

    size: int
    cpu: float
    seconds: float
    found: int

    @property
    def kb_per_s(self) -> float:
        """Throughput per CPU second: steady when other processes share the machine."""
        return self.size / 1000 / self.cpu if self.cpu else float("inf")

    @property
    def wall_kb_per_s(self) -> float:
        return self.size / 1000 / self.seconds if self.seconds else float("inf")

    def cell(self) -> str:
        return f"{self.kb_per_s:,.1f} KB/s (wall {self.wall_kb_per_s:,.1f})"


def load_articles(data_dir: Path) -> list[NewsArticle]:
    """Every article of every topic's articles.json, topics interleaved so any prefix mixes them."""
    ranked = []
    for topic, path in enumerate(sorted(data_dir.glob("*/articles.json"))):
        for rank, record in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            try:
                dct = date.fromisoformat(str(record.get("dct", ""))[:10])
            except ValueError:
                dct = None
            article = NewsArticle(f"{path.parent.name}/{record.get('uid', '')}",
                                  str(record.get("text", "")), dct)
            if article.text.strip():
                ranked.append(((rank, topic), article))
    return [article for _, article in sorted(ranked, key=lambda pair: pair[0])]


def take(articles: Sequence[NewsArticle], size: int) -> list[NewsArticle]:
    """Whole articles, cycling through the list, until at least size bytes are taken."""
    taken: list[NewsArticle] = []
    total = 0
    while total < size:
        for article in articles:
            taken.append(article)
            total += article.size
            if total >= size:
                break
    return taken


def median_import_seconds(statement: str, runs: int = 5) -> tuple[float, float]:
    """Median (CPU, wall) seconds of statement in fresh interpreters, after an untimed one that
    warms a private bytecode cache, as a user's installed copy has one (the pattern cache too)."""
    code = ("import time; c, t = time.process_time(), time.perf_counter(); "
            f"{statement}; print(time.process_time() - c, time.perf_counter() - t)")
    cpu, wall = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        for run in range(runs + 1):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 cwd=REPO, env=env, check=True)
            if run:
                c, t = out.stdout.strip().splitlines()[-1].split()
                cpu.append(float(c))
                wall.append(float(t))
    return statistics.median(cpu), statistics.median(wall)


def tagger_import_error() -> str:
    """Why ``summarize.temporal.tag_text`` cannot be imported, or "" when it can."""
    out = subprocess.run([sys.executable, "-c", "from summarize.temporal import tag_text"],
                         capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    return "" if out.returncode == 0 else (out.stderr.strip().splitlines() or ["?"])[-1]


def time_tagger(tag: Callable[[NewsArticle], int], articles: Sequence[NewsArticle]) -> Run:
    """One pass over ``articles``, every one of them fresh to the tagger: dateline remembers a
    short piece that recurs (a feed's repeated lines), so a text tagged again would measure
    that memo, not tagging; it is emptied before each pass and whenever an article comes back."""
    forget = _forget_repeats() if tag is dateline_tag else None
    if forget:
        forget()
    start, cpu = time.perf_counter(), time.process_time()
    found, seen = 0, set()
    for article in articles:
        if forget and article.id in seen:
            forget()
            seen.clear()
        seen.add(article.id)
        found += tag(article)
    return Run(sum(a.size for a in articles), time.process_time() - cpu,
               time.perf_counter() - start, found)


def _forget_repeats() -> Callable[[], None] | None:
    """dateline's ``forget_repeats``, or None in a version that has no memo to empty."""
    from summarize import temporal

    return getattr(temporal, "forget_repeats", None)


def dateline_tag(article: NewsArticle) -> int:
    from summarize.temporal import tag_text

    return len(tag_text(article.text, article.dct, article_id=article.id))


def dateparser_tag(article: NewsArticle) -> int:
    from dateparser.search import search_dates

    settings = ({"RELATIVE_BASE": datetime.combine(article.dct, datetime.min.time())}
                if article.dct else None)
    found = search_dates(article.text, languages=["en"], settings=settings)
    return len(found or [])


def time_long_document(articles: Sequence[NewsArticle], rounds: int = LONG_ROUNDS
                       ) -> tuple[Run, Run]:
    """(the articles tagged one by one, the same text tagged as one article), CPU and wall
    time summed over ``rounds`` alternating rounds so both see the same machine; every run
    starts with dateline's memo of recurring pieces empty (see ``time_tagger``)."""
    joined = NewsArticle("one-article", "\n\n".join(a.text for a in articles),
                         next((a.dct for a in articles if a.dct), None))
    split = single = Run(0, 0.0, 0.0, 0)
    for _ in range(rounds):
        one = time_tagger(dateline_tag, articles)
        split = Run(split.size + one.size, split.cpu + one.cpu, split.seconds + one.seconds,
                    one.found)
        one = time_tagger(dateline_tag, [joined])
        single = Run(single.size + one.size, single.cpu + one.cpu,
                     single.seconds + one.seconds, one.found)
    return split, single


def mean_run(runs: Sequence[Run]) -> Run:
    """One pass's mean size, CPU and wall time and expressions found over ``runs``."""
    n = len(runs)
    return Run(sum(r.size for r in runs) // n, sum(r.cpu for r in runs) / n,
               sum(r.seconds for r in runs) / n, sum(r.found for r in runs) // n)


def pin_to_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return f"pinned to core {core}"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report(args: argparse.Namespace, pinned: str, corpus: Sequence[NewsArticle],
           sample: Sequence[NewsArticle], imports: dict[str, tuple[float, float]],
           dateline: Run | None, dateline_sample: Run | None, dateparser: Run,
           long: tuple[Run, Run] | None = None, long_articles: int = 0) -> str:
    import dateparser as dp

    lines = [
        f"## Tagging throughput, {date.today().isoformat()}",
        "",
        f"- Machine: {platform.platform()}, {cpu_model()}, {os.cpu_count()} cores "
        f"(benchmark {pinned}), Python {platform.python_version()}, dateparser {dp.__version__}",
        f"- Text: {sum(a.size for a in corpus) / 1e6:.2f} MB of English news, {len(corpus)} "
        f"articles ({len({a.id for a in corpus})} distinct, repeated when the size asked "
        f"exceeds the collection) from {args.data}, tagged one article at a time with its DCT.",
        f"- dateparser is slow, so `search_dates` ran on a fixed sample: the first "
        f"{len(sample)} articles ({sum(a.size for a in sample) / 1000:.0f} KB); its "
        "throughput is extrapolated from that sample.",
        "- Times are CPU seconds of the measured process (`time.process_time`), so other load "
        "on the machine does not skew them; wall-clock figures are in brackets.",
        "- Every pass is on fresh text: dateline's memo of recurring short pieces is emptied "
        "before each pass and whenever an article comes round again (re-tagging a corpus "
        "would otherwise measure the memo).",
        "",
        "| Measure | Result | Target | Met |",
        "|---|---:|---|---|",
    ]
    if "dateline" in imports:
        cpu, wall = imports["dateline"]
        lines.append(f"| `import summarize.temporal` (fresh process, median of 5) | {cpu:.3f} s "
                     f"(wall {wall:.3f}) | < {IMPORT_TARGET_S} s "
                     f"| {verdict(cpu < IMPORT_TARGET_S)} |")
    cpu, wall = imports["dateparser"]
    lines.append(f"| `from dateparser.search import search_dates` (fresh process, median of 5) "
                 f"| {cpu:.3f} s (wall {wall:.3f}) | | |")
    if dateline and dateline_sample:
        lines += [
            f"| dateline `tag_text`, full text | {dateline.cell()} "
            f"| >= 1 MB/s | {verdict(dateline.kb_per_s >= THROUGHPUT_TARGET_KBS)} |",
            f"| dateline `tag_text`, dateparser's sample (mean of {SAMPLE_ROUNDS} rounds) "
            f"| {dateline_sample.cell()} | | |",
        ]
    lines.append(f"| dateparser `search_dates`, sample (extrapolated; mean of {SAMPLE_ROUNDS} "
                 "rounds, alternating with dateline's) "
                 f"| {dateparser.cell()} | | |")
    if dateline and dateline_sample:
        same = dateline_sample.kb_per_s / dateparser.kb_per_s
        lines += [f"| dateline / dateparser, same sample | {same:,.1f}x | >= {RATIO_TARGET:.0f}x "
                  f"| {verdict(same >= RATIO_TARGET)} |",
                  f"| dateline full text / dateparser sample "
                  f"| {dateline.kb_per_s / dateparser.kb_per_s:,.1f}x | | |"]
    if long:
        split, single = long
        ratio = single.kb_per_s / split.kb_per_s
        mb = split.size / LONG_ROUNDS / 1e6
        lines += [f"| dateline, {mb:.2f} MB as its {long_articles} articles "
                  f"({LONG_ROUNDS} rounds) | {split.cell()} | | |",
                  f"| dateline, the same {mb:.2f} MB as one article | {single.cell()} | | |",
                  f"| one article / its articles, same run | {ratio:.2f} "
                  f"| >= {LONG_TARGET} | {verdict(ratio >= LONG_TARGET)} |"]
    if dateline and dateline_sample:  # with or without the long-document case
        lines += ["", f"dateline found {dateline.found:,} expressions in the full text "
                  f"({dateline.seconds:.1f} s); on the sample dateline found "
                  f"{dateline_sample.found:,} and dateparser {dateparser.found:,} "
                  f"({dateparser.seconds:.1f} s). Timing excludes one untimed warm-up call."]
    else:
        lines += ["", f"dateparser found {dateparser.found:,} dates in the sample "
                  f"({dateparser.seconds:.1f} s). dateline was not measured."]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of text to tag, in MB")
    parser.add_argument("--sample-kb", type=float, default=200.0,
                        help="size of the sample given to dateparser, in KB")
    parser.add_argument("--long-mb", type=float, default=2.0,
                        help="size of the one-article case, in MB (0: skip it)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder of <topic>/articles.json files")
    parser.add_argument("--dateparser-only", action="store_true",
                        help="measure dateparser alone (when dateline's tagger is missing)")
    args = parser.parse_args(argv)

    if not args.dateparser_only and (error := tagger_import_error()):
        print(f"bench_tagging: summarize.temporal.tag_text is not importable yet ({error}); "
              "nothing to measure. Use --dateparser-only for dateparser alone.", file=sys.stderr)
        return 1
    articles = load_articles(args.data)
    if not articles:
        print(f"bench_tagging: no articles found under {args.data}", file=sys.stderr)
        return 1
    pinned = pin_to_one_core()
    corpus = take(articles, int(args.mb * 1e6))
    sample = take(articles, int(args.sample_kb * 1000))

    def progress(message: str) -> None:
        print(f"bench_tagging: {message}", file=sys.stderr, flush=True)

    imports = {"dateparser": median_import_seconds("from dateparser.search import search_dates")}
    dateline = dateline_sample = long = None
    long_articles: list[NewsArticle] = []
    if not args.dateparser_only:
        sys.path.insert(0, str(REPO))
        imports["dateline"] = median_import_seconds("import summarize.temporal")
        dateline_tag(articles[0])
        progress(f"tagging {len(corpus)} articles with dateline...")
        dateline = time_tagger(dateline_tag, corpus)
        if args.long_mb > 0:
            long_articles = take(articles, int(args.long_mb * 1e6))
            progress(f"tagging {args.long_mb} MB as {len(long_articles)} articles and as one "
                     f"article, {LONG_ROUNDS} rounds...")
            long = time_long_document(long_articles)
    dateparser_tag(articles[0])
    progress(f"tagging {len(sample)} articles with dateparser (slow), {SAMPLE_ROUNDS} rounds...")
    ours: list[Run] = []
    theirs: list[Run] = []
    for _ in range(SAMPLE_ROUNDS):  # alternating, each pass on fresh text (see time_tagger)
        if dateline is not None:
            ours.append(time_tagger(dateline_tag, sample))
        theirs.append(time_tagger(dateparser_tag, sample))
    dateline_sample = mean_run(ours) if ours else None
    dateparser = mean_run(theirs)
    print(report(args, pinned, corpus, sample, imports, dateline, dateline_sample, dateparser,
                 long, len(long_articles)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

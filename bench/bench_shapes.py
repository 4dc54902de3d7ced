"""Benchmark the text path on text shapes that used to be quadratic, against ordinary prose.

Usage: python bench/bench_shapes.py [--mb 4] [--tiny 1000000] [--numbers 100000] [--data DIR]

Each shape goes through cleaning (``tidy_text``), sentence splitting (``split_spans``),
tagging (``tag_text`` with those sentences) and near-duplicate clustering of its sentences
(``find_duplicates``), on one core, timed in CPU seconds. Shapes are generated here (nothing
is read but the prose): one huge line (the prose without line breaks), one huge sentence (the
prose without full stops or line breaks), a schedule without full stops, a million tiny
sentences, one sentence of 100,000 numbers, and a live blog counting the days of a strike.
Each is also tagged at a quarter of its size: linear time makes the full size cost 4x.
Prints a Markdown section for bench/RESULTS.md. 1 MB = 1,000,000 UTF-8 bytes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_tagging import DEFAULT_DATA, load_articles, pin_to_one_core  # noqa: E402
from machine_info import cpu_model  # noqa: E402

from summarize.dedup import find_duplicates  # noqa: E402
from summarize.ingest.clean import tidy_text  # noqa: E402
from summarize.sentences import split_spans  # noqa: E402
from summarize.temporal import forget_repeats, tag_text  # noqa: E402

DCT = date(2025, 3, 20)
RATIO_TARGET = 3.0
STAGES = ("clean", "split", "tag", "dedup")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVENTS = ("council meeting", "press briefing at the ministry", "vote on the harbour budget",
          "match against the visitors", "hearing of the ferry inquiry", "rally in the square",
          "talks with the dock unions", "launch of the flood report")
TINY = ("Yes.", "No.", "It rained.", "Talks resumed.", "Nobody came.", "Why?", "Go!",
        "Prices rose.", "He left on Monday.", "Schools shut.", "Fans cheered.", "Then silence.",
        "The vote passed.", "Stocks fell.", "She agreed.", "Police arrived.")


# --- shapes -----------------------------------------------------------------------------------


def prose(size: int, data: Path) -> str:
    """Ordinary news prose: whole articles, blank lines between them."""
    texts, total = [], 0
    articles = load_articles(data)
    if not articles:  # nothing to cycle through: the loop below would never end
        raise SystemExit(f"bench_shapes: {data}: no */articles.json with text (give --data DIR)")
    while total < size:
        for a in articles:
            texts.append(a.text)
            total += len(a.text.encode("utf-8"))
            if total >= size:
                break
    return "\n\n".join(texts)


def huge_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text)


def huge_sentence(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.!?…]+", " ", text))


def schedule(size: int, seed: int = 1) -> str:
    """Day after day of timed events on one line, days set off by dashes, no full stop."""
    rng, day, parts, total = random.Random(seed), date(2025, 3, 3), [], 0
    while total < size:
        items = ", ".join(f"{rng.randint(8, 20):02d}:{rng.choice(('00', '15', '30', '45'))} "
                          f"{rng.choice(EVENTS)}" for _ in range(rng.randint(2, 5)))
        part = f"{WEEKDAYS[day.weekday()]} {day.day} {day:%B}: {items} — "
        parts.append(part)
        total += len(part)
        day += timedelta(days=1)
    return "".join(parts)


def tiny_sentences(count: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(TINY) for _ in range(count))


def numbers(count: int, seed: int = 1) -> str:
    """Whole numbers of one to five digits (as likely each), one sentence, no punctuation."""
    rng = random.Random(seed)
    return " ".join(str(rng.randint(10 ** (d - 1), 10 ** d - 1))
                    for d in (rng.randint(1, 5) for _ in range(count)))


def live_blog(size: int, seed: int = 1) -> str:
    """Short posts counting the days of a strike (era day counts, issue 13), as one article."""
    rng, parts, total, n = random.Random(seed), [], 0, 2
    while total < size:
        part = rng.choice((
            f"The strike entered its {n}th day on {rng.choice(WEEKDAYS)}, and pickets stayed "
            "at the gates. ",
            f"On day {n} of the strike, union leaders met managers again. ",
            f"Talks on the {n}th day of the walkout ended without a deal. ",
            "Officials said the talks would continue tomorrow. ",
            f"Day {n} of the war in Ukraine brought more shelling near Kyiv. "))
        if rng.random() < 0.2:
            part += "\n\n"
            n += 1
        parts.append(part)
        total += len(part)
    return "".join(parts)


# --- measuring -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Measure:
    """CPU seconds per stage, bytes, sentences and expressions of one shape."""

    size: int
    seconds: dict[str, float]
    sentences: int
    found: int

    def per_mb(self, *stages: str) -> float:
        return sum(self.seconds[s] for s in stages) / (self.size / 1e6)


def measure(text: str) -> Measure:
    seconds: dict[str, float] = {}

    def timed(stage: str, run: Callable):
        start = time.process_time()
        result = run()
        seconds[stage] = time.process_time() - start
        return result

    forget_repeats()  # fresh text: shapes share their words (see bench_tagging.time_tagger)
    timed("clean", lambda: tidy_text(text))
    spans = timed("split", lambda: split_spans(text))
    found = timed("tag", lambda: tag_text(text, DCT, sentences=spans))
    timed("dedup", lambda: find_duplicates([text[s:e] for s, e in spans]))
    return Measure(len(text.encode("utf-8")), seconds, len(spans), len(found))


def with_full_stops(text: str) -> str:
    """A schedule's events as sentences: the same words, a full stop after each event."""
    return re.sub(r", | — ", lambda m: ". " if m.group() == ", " else ".  ", text)


def tag_seconds(text: str) -> float:
    forget_repeats()
    start = time.process_time()
    tag_text(text, DCT)
    return time.process_time() - start


def quarter(text: str) -> str:
    """The first quarter of a text, cut at a space."""
    cut = text.find(" ", len(text) // 4)
    return text[:cut if cut > 0 else len(text) // 4]


def report(rows: list[tuple[str, str, Measure, float]], pinned: str, args) -> str:
    base = rows[0][2]
    lines = [
        f"### Text shapes, {date.today().isoformat()} (`python bench/bench_shapes.py "
        f"--mb {args.mb:g} --tiny {args.tiny} --numbers {args.numbers}`)",
        "",
        f"Machine: {cpu_model()}, Python {sys.version.split()[0]}, {pinned}; CPU seconds "
        "(`time.process_time`), one run. \"tag\" is splitting and tagging (what `dateline tag` "
        "does per text); \"path\" adds cleaning and near-duplicate clustering. A ratio is the "
        "shape's seconds per MB over prose's: 1.0 is as fast as prose, the target is <= "
        f"{RATIO_TARGET:.0f} (\"met\" judges the tag ratio). \"x4 size\" is tag time at "
        "full size over a quarter of it (4.0 is linear).",
        "",
        "| shape | MB | sentences | expressions per KB | tag MB/s | tag ratio | "
        "path MB/s | path ratio | µs per expression | x4 size | met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, _, m, growth in rows:
        tag = m.per_mb("split", "tag")
        path = m.per_mb(*STAGES)
        tag_ratio = tag / base.per_mb("split", "tag")
        path_ratio = path / base.per_mb(*STAGES)
        per_expr = 1e6 * (m.seconds["split"] + m.seconds["tag"]) / max(1, m.found)
        met = "yes" if tag_ratio <= RATIO_TARGET else "**no**"
        lines.append(f"| {name} | {m.size / 1e6:.2f} | {m.sentences:,} "
                     f"| {1000 * m.found / m.size:.1f} | {1 / tag:.2f} | {tag_ratio:.2f} "
                     f"| {1 / path:.2f} | {path_ratio:.2f} | {per_expr:.0f} | {growth:.2f} "
                     f"| {'—' if m is base else met} |")
    lines += ["", "Seconds per stage (clean / split / tag / dedup):", ""]
    for name, note, m, _ in rows:
        stages = " / ".join(f"{m.seconds[s]:.2f}" for s in STAGES)
        lines.append(f"- {name}: {stages} — {note}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0,
                        help="size of the prose and of the shapes made from it, in MB")
    parser.add_argument("--tiny", type=int, default=1_000_000, help="tiny sentences")
    parser.add_argument("--numbers", type=int, default=100_000, help="numbers in one sentence")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder of <topic>/articles.json files (the prose)")
    args = parser.parse_args(argv)
    pinned = pin_to_one_core()
    size = int(args.mb * 1e6)
    text = prose(size, args.data)
    shapes = [
        ("ordinary prose", f"Timeline17 articles from {args.data.name}", text),
        ("one huge line", "the prose, line breaks made spaces", huge_line(text)),
        ("one huge sentence", "the prose without full stops or line breaks",
         huge_sentence(text)),
        ("schedule without full stops", "timed events day after day on one line",
         schedule(size)),
        ("the same schedule with full stops", "a full stop after each event instead of a "
         "comma or dash (same words, same length): what density alone costs",
         with_full_stops(schedule(size))),
        (f"{args.tiny:,} tiny sentences", "\"Yes.\", \"He left on Monday.\"...",
         tiny_sentences(args.tiny)),
        (f"a sentence of {args.numbers:,} numbers", "1 to 5 digits, as likely each",
         numbers(args.numbers)),
        ("live blog of day counts", "\"On day 12 of the strike\" posts as one article",
         live_blog(size)),
    ]
    tag_text("Warm-up on Monday at 10:00.", DCT)
    rows = []
    for name, note, shape in shapes:
        print(f"bench_shapes: {name} ({len(shape) / 1e6:.2f} M characters)...", file=sys.stderr,
              flush=True)
        full = measure(shape)
        growth = (full.seconds["split"] + full.seconds["tag"]) / max(
            1e-9, tag_seconds(quarter(shape)))
        rows.append((name, note, full, growth))
    print(report(rows, pinned, args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

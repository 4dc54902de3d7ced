"""How fast the TUI paints and whether it keeps answering keys while a big corpus loads.

    python bench/bench_tui.py [--articles 2000] [--samples samples]

Measures (1) time to first paint on the samples: from starting the app until the main screen
is mounted and rendered; (2) on N synthetic JSONL articles (the samples with their dates
shifted), the time until the timeline is usable, and the latency of each "j" pressed every
~100 ms while the corpus loads. Prints a Markdown table. Targets: first paint < 1 s; every key
answered within 100 ms while loading.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from machine_info import machine  # noqa: E402
from textual import events  # noqa: E402

from summarize.ingest import load_paths  # noqa: E402
from tui.app import DatelineApp  # noqa: E402
from tui.app.screens.main_screen import MainScreen  # noqa: E402
from tui.app.widgets.timeline_list import TimelineList  # noqa: E402

SIZE = (120, 40)
FIRST_PAINT_TARGET = 1.0
KEY_TARGET = 0.100
KEY_EVERY = 0.100


def synthetic_corpus(samples: Path, count: int, folder: Path) -> Path:
    """``count`` JSONL records: the sample articles again and again, each round a week later."""
    articles = [a for a in load_paths([str(samples)]).articles if a.text.strip()]
    if not articles:
        raise SystemExit(f"no articles in {samples}")
    path = folder / "synthetic.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            art = articles[i % len(articles)]
            shift = timedelta(days=7 * (i // len(articles)))
            published = (art.published or datetime(2024, 5, 4)) + shift
            out.write(json.dumps({
                "id": f"{art.id}-{i}", "title": art.title, "text": art.text,
                "source": art.source, "url": art.url, "published": published.isoformat(),
            }, ensure_ascii=False) + "\n")
    return path


def record_paints(app: DatelineApp) -> list[float]:
    """Times at which the app wrote a frame of the main screen (wraps ``App._display``)."""
    paints: list[float] = []
    display = app._display

    def recorded(screen, renderable) -> None:
        display(screen, renderable)
        if isinstance(screen, MainScreen) and renderable is not None:
            paints.append(time.perf_counter())

    app._display = recorded  # type: ignore[method-assign]
    return paints


async def wait_until_usable(app: DatelineApp) -> None:
    while app.loading or not isinstance(app.screen, MainScreen) \
            or not app.screen.query_one(TimelineList).entries:
        await asyncio.sleep(0.005)


async def first_paint(samples: Path) -> tuple[float, float]:
    """Seconds until the main screen's first frame is drawn; seconds until the timeline shows."""
    started = time.perf_counter()
    app = DatelineApp([str(samples)])
    paints = record_paints(app)
    async with app.run_test(size=SIZE):
        while not paints:
            await asyncio.sleep(0.001)
        painted = paints[0] - started
        await wait_until_usable(app)
        usable = time.perf_counter() - started
    return painted, usable


async def responsiveness(paths: list[str]) -> tuple[float, float, list[float], int]:
    """Seconds until the timeline is usable; latency of each key pressed during the load.

    A key's latency is the time from the driver receiving it (as from the terminal) to the
    timeline's action running.
    """
    started = time.perf_counter()
    app = DatelineApp(paths)
    paints = record_paints(app)
    latencies: list[float] = []
    answered: list[float] = []
    async with app.run_test(size=SIZE):
        while not paints:
            await asyncio.sleep(0.001)
        timeline = app.screen.query_one(TimelineList)
        cursor_down = timeline.action_cursor_down

        def recorded() -> None:
            answered.append(time.perf_counter())
            cursor_down()

        timeline.action_cursor_down = recorded  # type: ignore[method-assign]
        while app.loading:
            before, seen = time.perf_counter(), len(answered)
            key = events.Key("j", "j")
            key.set_sender(app)
            app._driver.send_message(key)
            while len(answered) == seen:
                await asyncio.sleep(0.001)
            latencies.append(answered[-1] - before)
            await asyncio.sleep(KEY_EVERY)
        loaded = time.perf_counter()
        await wait_until_usable(app)
        usable = time.perf_counter() - started
        after_load = time.perf_counter() - loaded
        articles = len(app.corpus.tagged) if app.corpus else 0
    return usable, after_load, latencies, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args(argv)

    painted, usable_small = asyncio.run(first_paint(args.samples))
    with tempfile.TemporaryDirectory() as tmp:
        path = synthetic_corpus(args.samples, args.articles, Path(tmp))
        usable, after_load, latencies, loaded = asyncio.run(responsiveness([str(path)]))

    ok = "✓" if painted < FIRST_PAINT_TARGET else "✗"
    worst = max(latencies, default=0.0)
    print(f"## dateline TUI benchmark — {datetime.now():%Y-%m-%d %H:%M}\n")
    print(f"Machine: {machine()}\n")
    print("| measure | value | target |")
    print("|---|---|---|")
    print(f"| first paint (samples) | {painted * 1000:.0f} ms | < 1000 ms {ok} |")
    print(f"| timeline usable (samples) | {usable_small:.2f} s | |")
    print(f"| timeline usable ({loaded} synthetic articles) | {usable:.2f} s | |")
    print(f"| … of which after the loader finished | {after_load * 1000:.0f} ms | |")
    if latencies:
        within = sum(lat <= KEY_TARGET for lat in latencies)
        print(f"| keys pressed while loading | {len(latencies)} | |")
        print(f"| key latency median / p95 / max | "
              f"{statistics.median(latencies) * 1000:.0f} / "
              f"{sorted(latencies)[int(0.95 * (len(latencies) - 1))] * 1000:.0f} / "
              f"{worst * 1000:.0f} ms | ≤ 100 ms {'✓' if worst <= KEY_TARGET else '✗'} |")
        print(f"| keys answered within 100 ms | {within}/{len(latencies)} | all |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A small update (a few new files) runs in the writing process: the workers' start-up would
cost more than the work they take, and the result is the same as a fresh load's."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from test_index import age, open_checked

import summarize.engines.local as local_module
import summarize.index.view as view_module
from summarize.settings import Settings

sync_module = importlib.import_module("summarize.index.sync")  # the package exports a sync()

TWO = Settings(jobs=2)


def wire(path: Path, first: int, count: int, day: int) -> None:
    """``count`` short dated reports of an invented ferry strike, one per line."""
    rows = [json.dumps({"id": f"f{n}", "title": f"Ferry crews walk out, day {n}",
                        "source": ["Harbour Wire", "Meridian Post"][n % 2],
                        "date": f"2024-03-{day:02d}T08:00:00Z",
                        "text": f"Ferry crews at Lannock stopped work on Monday. Talks resume "
                                f"on {day + 2} March, the union said. Report {n} of the dispute."})
            for n in range(first, first + count)]
    path.write_text("\n".join(rows) + "\n")


@pytest.fixture
def pools_started(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many worker pools this machine's engine starts (each start appends its size)."""
    started: list[int] = []
    real = local_module.ProcessPoolExecutor

    def spy(workers: int, **kwargs: object) -> object:
        started.append(workers)
        return real(workers, **kwargs)

    monkeypatch.setattr(local_module, "ProcessPoolExecutor", spy)
    return started


def test_few_new_articles_start_no_workers(tmp_path: Path, pools_started: list[int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Two new reports on an indexed folder, with two jobs: tagged and filed here, even in
    several work items."""
    monkeypatch.setattr(sync_module, "TAG_BATCH", 1)
    monkeypatch.setattr(view_module, "BATCH_SENTENCES", 1)
    root = tmp_path / "feed"
    root.mkdir()
    wire(root / "a.jsonl", 0, 6, 4)
    age(root)
    index = tmp_path / "index.sqlite"
    open_checked([str(root)], index, TWO)
    wire(root / "b.jsonl", 6, 2, 5)
    age(root)
    pools_started.clear()
    assert open_checked([str(root)], index, TWO).report.tagged == 2
    assert pools_started == []

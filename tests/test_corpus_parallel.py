"""Tagging on several processes gives exactly what one process gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import summarize.corpus as corpus
from summarize.ingest import load_paths
from summarize.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_two_processes_match_one(monkeypatch):
    articles = load_paths([str(SAMPLES)]).articles
    one = corpus.analyse_articles(articles, Settings(jobs=1))
    # Force the pool even on 17 articles: batches of 4 on 2 processes.
    monkeypatch.setattr(corpus, "PARALLEL_FROM", 2)
    monkeypatch.setattr(corpus, "_CHUNK", 4)
    progress: list[int] = []
    two = corpus.analyse_articles(articles, Settings(jobs=2),
                                  lambda _stage, done, _total: progress.append(done))
    assert two == one
    assert [t.article.id for t in two] == [a.id for a in articles]
    assert progress[-1] == len(articles) and progress == sorted(progress)
    assert sum(len(t.mentions) for t in two) > 100


class _CapturedStderr:
    """Like Textual's print capture while the TUI runs: a stream with no file descriptor."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return -1


def test_processes_start_while_stderr_is_captured(monkeypatch):
    # Regression: in the TUI, multiprocessing failed with "bad value(s) in fds_to_keep".
    import multiprocessing.resource_tracker as tracker

    articles = load_paths([str(SAMPLES)]).articles
    monkeypatch.setattr(corpus, "PARALLEL_FROM", 2)
    monkeypatch.setattr(corpus, "_CHUNK", 4)
    fresh = tracker.ResourceTracker()  # not yet running, as in a new `dateline` process
    for name in ("ensure_running", "register", "unregister", "getfd"):
        monkeypatch.setattr(tracker, name, getattr(fresh, name))
    captured = _CapturedStderr()
    monkeypatch.setattr("sys.stderr", captured)
    tagged = corpus.analyse_articles(articles, Settings(jobs=2))
    assert [t.article.id for t in tagged] == [a.id for a in articles]
    import sys

    assert sys.stderr is captured


def test_workers_yield_to_the_process_that_stores_their_results():
    """Workers run WORKER_NICE below the parent (capped at 19, the lowest priority), so the
    one process writing results, or drawing the TUI, is never starved by its own pool."""
    import os

    from summarize.engines.local import WORKER_NICE, LocalEngine

    mine = os.nice(0)
    with LocalEngine(jobs=2) as engine:
        theirs = list(engine.map(os.nice, [0, 0, 0, 0]))
    assert theirs == [min(mine + WORKER_NICE, 19)] * 4
    assert os.nice(0) == mine  # the parent keeps its own priority

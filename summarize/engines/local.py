"""This machine's cores: a pool of spawned worker processes, started on first need."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
#: How much lower the workers' priority is than the process storing their results: that one
#: process is the pipeline's narrowest step, and it keeps a user interface responsive.
WORKER_NICE = 10


class LocalEngine:
    """Serial for a single item or ``jobs=1``; otherwise ``jobs`` processes (0 = all cores).

    Workers are spawned (not forked): safe when called from a UI thread. The pool lives until
    ``close`` so that several maps in one run pay the start-up once.
    """

    name = "local"

    def __init__(self, jobs: int = 0) -> None:
        self.jobs = jobs or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        if self.jobs <= 1 or len(items) <= 1:
            return map(func, items)
        if self._pool is None:
            with stderr_with_a_descriptor():  # the resource tracker and workers start here
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"),
                                                 initializer=lower_priority)
                results = self._pool.map(func, items)
            return results
        return self._pool.map(func, items)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def lower_priority() -> None:
    """Run this worker at WORKER_NICE below its parent, so the parent (which stores results
    as they come) is never left behind by its own workers and nothing piles up."""
    with suppress(AttributeError, OSError):  # no nice here: equal priority will do
        os.nice(WORKER_NICE)


@contextmanager
def stderr_with_a_descriptor() -> Iterator[None]:
    """Let multiprocessing start its helper process where ``sys.stderr`` has no file
    descriptor (Textual captures it while the TUI runs): lend it the real one meanwhile."""
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured

"""This machine's cores: a pool of spawned worker processes, started on first need."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


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
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"))
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

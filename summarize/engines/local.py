"""This machine's cores: a pool of spawned worker processes, started on first need."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
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
#: How often a worker checks that the process that started it is still there.
PARENT_POLL_SECONDS = 0.5


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
                main = threading.current_thread() is threading.main_thread()
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=get_context("spawn"),
                                                 initializer=start_worker,
                                                 initargs=(os.getpid(), main))
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


def start_worker(parent: int, from_main_thread: bool) -> None:
    """Pool initializer: a lower priority, and an exit as soon as the parent is gone."""
    lower_priority()
    exit_with_parent(parent, signal_on_death=from_main_thread)


def exit_with_parent(parent: int, *, signal_on_death: bool) -> None:
    """End this worker when process ``parent`` dies, even by ``kill -9`` (the OOM killer):
    otherwise it, and multiprocessing's resource tracker (which waits for every worker to let
    go of its pipe), would wait for work forever. On Linux the kernel sends SIGKILL at once
    (only asked for when the pool was started from the main thread: the signal follows the
    thread that started the worker); everywhere a watch thread sees the worker re-parented."""
    if signal_on_death and sys.platform == "linux":
        with suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    threading.Thread(target=_watch_parent, args=(parent,), name="dateline-parent-watch",
                     daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


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

"""Where the heavy work runs: this machine's cores (``local``) or a Dask cluster (``dask``).

An engine maps a picklable, module-level function over a list of work items (batches of
files or articles) and yields the results in the items' order, so the outcome never depends
on where or in which order the work ran. Open one with ``with open_engine(...) as engine``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")


class Engine(Protocol):
    """Runs work items; results come back in order."""

    name: str

    def map(self, func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """``func(item)`` for every item, yielded in the order of ``items``."""
        ...

    def close(self) -> None: ...


class EngineError(Exception):
    """The engine cannot start (Dask not installed, scheduler unreachable...)."""


def open_engine(name: str = "local", *, jobs: int = 0, scheduler: str | None = None) -> Engine:
    """The engine called ``name``; ``jobs`` = worker processes (0 = all cores)."""
    if name == "local":
        from .local import LocalEngine

        return LocalEngine(jobs)
    if name == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(scheduler=scheduler, jobs=jobs)
    raise EngineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")

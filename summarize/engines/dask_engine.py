"""A Dask cluster: a throw-away one on this machine, or a running scheduler given by address.

Work items are scattered straight to the workers (not through the scheduler), one task per
item; results come back in the items' order. Workers import ``summarize`` themselves, so every
worker of a remote cluster needs ``pip install 'dateline[dask]'`` at this version, and the input
files at the same paths (workers read them).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from typing import Any, TypeVar

import summarize

from . import EngineError
from .local import stderr_with_a_descriptor

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = "the dask engine needs the extra: pip install 'dateline[dask]'"
#: Seconds to wait for a scheduler to answer (and for its first worker to join).
CONNECT_TIMEOUT = 10.0
#: distributed logs at INFO by default; the user sees warnings and errors only.
QUIET_LEVEL = logging.WARNING
#: While our own LocalCluster shuts down, nothing it says is news.
SHUTDOWN_LEVEL = logging.CRITICAL + 1
#: The scheduler serves health checks over HTTP even without a dashboard; by default on
#: port 8787, with a warning when that is taken. A free port on loopback instead.
NO_DASHBOARD = {"dashboard_address": "127.0.0.1:0"}
#: distributed's loggers that set their own level (the others inherit from "distributed").
LOGGERS = ("distributed", "distributed.client", "distributed.gc")


class DaskEngine:
    """``scheduler=None``: a LocalCluster of ``jobs`` processes (0 = all cores), one thread
    each; otherwise a Client of the scheduler at that address (``jobs`` is then unused)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, jobs: int = 0, *,
                 timeout: float = CONNECT_TIMEOUT) -> None:
        distributed = _import_distributed()
        self.scheduler = scheduler
        self._cluster: Any = None
        self._restore_logs = _quiet_logs()
        try:
            if scheduler is None:
                with stderr_with_a_descriptor():  # worker processes start here
                    self._cluster = distributed.LocalCluster(
                        n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1,
                        processes=True, host="127.0.0.1", dashboard_address=None,
                        silence_logs=QUIET_LEVEL, scheduler_kwargs=NO_DASHBOARD)
                    self.client = distributed.Client(self._cluster)
            else:
                self.client = _connect(distributed, scheduler, timeout)
        except BaseException:
            self.close()
            raise

    def map(self, func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """Submit every item now; yield ``func(item)`` in order as each one is ready."""
        if not items:
            return iter(())
        # Straight to the workers: big article batches need not pass through the scheduler.
        data = self.client.scatter(list(items), hash=False)
        futures = self.client.map(func, data, pure=False)
        return self._in_order(deque(zip(futures, data, strict=True)))

    def _in_order(self, pending: deque) -> Iterator[Any]:
        from distributed import KilledWorker
        from distributed.client import FutureCancelledError

        try:
            while pending:
                future, _ = pending.popleft()  # dropping both releases them on the workers
                try:
                    yield future.result()
                except KilledWorker as err:
                    raise EngineError(f"a Dask worker died while running {err.task}; "
                                      "is it out of memory?") from None
                except FutureCancelledError:
                    raise EngineError("the Dask scheduler dropped the work (connection "
                                      "lost or cluster closed)") from None
        finally:
            if pending:  # the caller stopped early or a task failed: stop the rest
                self.client.cancel([f for f, _ in pending])

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        cluster, self._cluster = self._cluster, None
        if cluster is not None and client is not None:
            # Shutting down races heartbeats against closed sockets; that noise is not news.
            with suppress(Exception):
                client.run(hush, SHUTDOWN_LEVEL)
            hush(SHUTDOWN_LEVEL)
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if self._restore_logs is not None:
            self._restore_logs()
            self._restore_logs = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise EngineError(INSTALL_HINT) from None
    return distributed


def _connect(distributed: Any, address: str, timeout: float) -> Any:
    """A Client of the scheduler at ``address`` with at least one worker of our version."""
    try:
        client = distributed.Client(address, timeout=timeout)
    except (OSError, ValueError, TypeError) as err:
        raise EngineError(f"cannot reach the Dask scheduler at {address}: "
                          f"{_reason(err, timeout)}") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
        problem = version_problem(client.run(worker_version, on_error="return"),
                                  summarize.__version__)
    except (OSError, TimeoutError):
        problem = f"no worker joined the scheduler at {address} within {timeout:g} s"
    if problem is not None:
        client.close()
        raise EngineError(problem)
    return client


def _reason(err: BaseException, timeout: float) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if text.startswith("Timed out trying to connect"):
        return f"no answer within {timeout:g} s"
    return text


def worker_version() -> str:
    """Run on a worker: the dateline version it imports (fails there if it has none)."""
    return summarize.__version__


def version_problem(found: dict[str, object], expected: str) -> str | None:
    """One line naming the first worker that lacks dateline or runs another version."""
    for worker, version in sorted(found.items()):
        if isinstance(version, BaseException):
            return (f"Dask worker {worker} cannot run dateline ({type(version).__name__}: "
                    f"{version}); install it there: pip install 'dateline[dask]=={expected}'")
        if version != expected:
            return (f"Dask worker {worker} runs dateline {version}, this is {expected}; "
                    f"install the same version on every worker")
    return None


def hush(level: int) -> dict[str, int]:
    """Raise distributed's loggers to at least ``level`` (here, and on our own workers before
    shutdown); returns their previous levels."""
    saved = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        saved[name] = logger.level
        if logger.getEffectiveLevel() < level:
            logger.setLevel(level)
    return saved


def _quiet_logs() -> Callable[[], None]:
    """distributed's loggers at WARNING or above; the returned callable puts them back."""
    saved = hush(QUIET_LEVEL)

    def restore() -> None:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)

    return restore

"""The Dask engine gives what one process gives, in order, and fails in one line."""

from __future__ import annotations

import logging
import operator
import sys
import time
from functools import partial
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from summarize import work  # noqa: E402
from summarize.engines import EngineError, open_engine  # noqa: E402
from summarize.engines.dask_engine import NO_DASHBOARD, DaskEngine, version_problem  # noqa: E402
from summarize.ingest import DEFAULT_MAX_BYTES, load_paths  # noqa: E402
from summarize.ingest.discover import discover  # noqa: E402
from summarize.settings import Settings  # noqa: E402
from summarize.tagging import era_registry  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def address():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       scheduler_kwargs=NO_DASHBOARD)
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture(scope="module")
def engine(address):
    with DaskEngine(scheduler=address) as engine:
        yield engine


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@pytest.mark.parametrize(("func", "items", "expected"), [
    (partial(pow, exp=2), [3, 1, 4, 1, 5, 9, 2, 6], [9, 1, 16, 1, 25, 81, 4, 36]),
    (partial(operator.mul, 10), list(range(40, 0, -1)), [10 * n for n in range(40, 0, -1)]),
    (len, [[], [1], [1, 2, 3], "abcd"], [0, 1, 3, 4]),
    (str.upper, [], []),
])
def test_results_come_back_in_order(engine, func, items, expected):
    assert list(engine.map(func, items)) == expected


def test_worker_exception_keeps_its_type(engine):
    results = engine.map(partial(operator.truediv, 1), [2, 0, 4])
    assert next(results) == 0.5
    with pytest.raises(ZeroDivisionError):
        next(results)


def test_read_files_matches_in_process(engine):
    paths, problems = discover([str(SAMPLES)])
    assert not problems and len(paths) >= 10
    func = partial(work.read_files, max_bytes=DEFAULT_MAX_BYTES)
    remote = [f for batch in engine.map(func, batches(paths, 3)) for f in batch]
    local = work.read_files(paths, DEFAULT_MAX_BYTES)
    assert [f.path for f in remote] == paths
    assert remote == local
    assert sum(len(f.articles) for f in remote) >= 17


def test_tag_batch_matches_in_process(engine):
    articles = load_paths([str(SAMPLES)]).articles
    settings = Settings()
    eras = era_registry(settings)
    pairs = [(a, ()) for a in articles]
    func = partial(work.tag_batch, settings=settings, eras=eras)
    remote = [r for batch in engine.map(func, batches(pairs, 4)) for r in batch]
    local = work.tag_batch(pairs, settings, eras)
    assert len(remote) == len(articles)
    assert remote == local
    assert sum(len(r.mentions) for r in remote) > 100


def test_unreachable_scheduler_is_one_line():
    started = time.monotonic()
    with pytest.raises(EngineError) as caught:
        DaskEngine(scheduler="tcp://127.0.0.1:1", timeout=1)
    assert str(caught.value) == ("cannot reach the Dask scheduler at tcp://127.0.0.1:1: "
                                 "no answer within 1 s")
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert time.monotonic() - started < 20  # a hang guard, not a speed check


def test_own_local_cluster_starts_and_cleans_up():
    logger = logging.getLogger("distributed")
    before = logger.level
    with DaskEngine(jobs=1) as engine:
        assert len(engine.client.scheduler_info()["workers"]) == 1
        assert logger.getEffectiveLevel() >= logging.WARNING
        assert list(engine.map(partial(pow, 2), [10, 0, 3])) == [1024, 1, 8]
    assert engine.client is None and logger.level == before


def test_missing_extra_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import now raises ImportError
    with pytest.raises(EngineError, match=r"^the dask engine needs the extra: "
                                          r"pip install 'dateline\[dask\]'$"):
        open_engine("dask")


def test_open_engine_gives_a_dask_engine(address):
    with open_engine("dask", scheduler=address) as engine:
        assert isinstance(engine, DaskEngine) and engine.name == "dask"
        assert list(engine.map(abs, [-2, 3, -1])) == [2, 3, 1]
    assert engine.client is None


@pytest.mark.parametrize(("found", "expected"), [
    ({}, None),
    ({"tcp://a:1": "0.1.0", "tcp://b:1": "0.1.0"}, None),
    ({"tcp://b:1": "0.0.9", "tcp://a:1": "0.1.0"},
     "Dask worker tcp://b:1 runs dateline 0.0.9, this is 0.1.0; "
     "install the same version on every worker"),
    ({"tcp://a:1": ModuleNotFoundError("No module named 'summarize'")},
     "Dask worker tcp://a:1 cannot run dateline (ModuleNotFoundError: No module named "
     "'summarize'); install it there: pip install 'dateline[dask]==0.1.0'"),
])
def test_version_problem(found, expected):
    assert version_problem(found, "0.1.0") == expected

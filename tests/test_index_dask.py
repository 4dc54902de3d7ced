"""Built on a Dask cluster, the index holds what a one-process build and a fresh load hold; a
load on Dask without the index gives the same corpus too."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from test_index import assert_same, fresh_load  # noqa: E402

from summarize.corpus import Corpus, load_corpus  # noqa: E402
from summarize.index import open_index  # noqa: E402
from summarize.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 300
FILES = 6
sync_module = importlib.import_module("summarize.index.sync")
view_module = importlib.import_module("summarize.index.view")


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    yield cluster.scheduler_address
    cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """300 generated articles (about one in ten undated) in 6 JSONL files of 50."""
    work = tmp_path_factory.mktemp("dask")
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate_corpus.py"), str(work / "gen"),
                    "--articles", str(ARTICLES)], check=True, capture_output=True, cwd=ROOT)
    lines = (work / "gen" / "shard-0000.jsonl").read_text().splitlines(keepends=True)
    assert len(lines) == ARTICLES
    root = work / "corpus"
    root.mkdir()
    size = ARTICLES // FILES
    for i in range(FILES):
        (root / f"part-{i}.jsonl").write_text("".join(lines[i * size:(i + 1) * size]))
    return [str(root)]


@pytest.fixture(scope="module")
def fresh(corpus: list[str]) -> Corpus:
    loaded = fresh_load(corpus, Settings(jobs=1))
    assert len(loaded.tagged) == ARTICLES
    assert any(t.article.published is None for t in loaded.tagged)  # the undated path is run
    return loaded


def test_index_built_on_dask(tmp_path: Path, scheduler: str, corpus: list[str], fresh: Corpus,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Several work items of every kind: one file per read batch, 32 articles per tagging
    # batch, a few hundred sentences per batch of timeline entries.
    monkeypatch.setattr(sync_module, "READ_BATCH_BYTES", 1)
    monkeypatch.setattr(sync_module, "TAG_BATCH", 32)
    monkeypatch.setattr(view_module, "BATCH_SENTENCES", 300)
    reports = []
    for name, settings in [("dask", Settings(engine="dask", scheduler=scheduler)),
                           ("local", Settings(engine="local", jobs=1))]:
        indexed = open_index(corpus, settings, index=tmp_path / f"{name}.sqlite")
        try:
            assert_same(fresh, indexed)
            reports.append(indexed.report)
        finally:
            indexed.store.close()
    dask, local = reports
    assert (dask.files, dask.added, dask.articles) == (FILES, FILES, ARTICLES)
    assert dask.tagged == local.tagged >= ARTICLES


def test_load_on_dask_without_index(scheduler: str, corpus: list[str], fresh: Corpus) -> None:
    loaded = load_corpus(corpus, Settings(engine="dask", scheduler=scheduler))
    assert_same(fresh, loaded)

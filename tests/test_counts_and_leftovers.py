"""Counts said the same way everywhere (sources are named outlets; "1 article", not "1
articles"), and a run that finds nothing to read leaves no index file behind."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from summarize.corpus import load_corpus
from summarize.export import BriefingOptions, build_briefing, render_markdown
from summarize.index import default_index_path, open_index
from summarize.open import open_corpus
from summarize.settings import Settings
from tui.app.app import corpus_stats
from tui.app.widgets.summary_view import summary_markdown
from tui.cli import main

ONE = Settings(jobs=1)
UNNAMED = "Ferry strike\n\nThe ferry crews walked out on 3 May 2024. Talks failed.\n"
NAMED = ("---\ntitle: Ferry talks\nsource: Quay Post\n---\nTalks with the ferry crews went on "
         "on 3 May 2024.\n")


def corpus_of(tmp_path: Path, *, named: bool) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(UNNAMED)
    if named:
        (folder / "b.md").write_text(NAMED)
    return folder


def briefing_lines(folder: Path) -> list[str]:
    corpus = load_corpus([str(folder)], ONE)
    text = render_markdown(build_briefing(corpus, BriefingOptions()), diagram=False)
    return [line for line in text.splitlines() if line.startswith("_")]


def test_no_named_outlet_is_said_alike_for_the_corpus_and_each_date(tmp_path: Path) -> None:
    lines = briefing_lines(corpus_of(tmp_path, named=False))
    assert lines[0] == "_1 article, no named source, 3 May 2024._"
    assert re.fullmatch(r"_\d+ sentences, no named source\._", lines[1])


def test_unnamed_articles_do_not_count_as_a_source(tmp_path: Path) -> None:
    lines = briefing_lines(corpus_of(tmp_path, named=True))
    assert lines[0] == "_2 articles from 1 source (Quay Post), 3 May 2024._"
    assert re.fullmatch(r"_\d+ sentences, 1 source\._", lines[1])


def test_each_story_of_a_briefing_by_story_counts_sources_the_same_way(tmp_path: Path,
                                                                       capsys) -> None:
    assert main(["export", str(corpus_of(tmp_path, named=False)), "--no-index", "--by-story",
                 "--no-diagram"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("_")]
    assert lines[0].startswith("_1 article, no named source, 3 May 2024; 1 story")
    assert lines[1].startswith("_1 article, no named source, 3 May 2024 · id ")
    assert re.fullmatch(r"_\d+ sentences, no named source\._", lines[2])


def test_the_app_counts_sources_the_same_way(tmp_path: Path) -> None:
    corpus = load_corpus([str(corpus_of(tmp_path, named=False))], ONE)
    assert corpus_stats(corpus).startswith("1 article · no named source")
    entry = corpus.timeline()[0]
    assert re.fullmatch(r"_\d+ sentences, no named source · lexrank, 3 sentences_",
                        summary_markdown(entry, [], method="lexrank", sentences=3).splitlines()[2])


def test_one_article_is_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(UNNAMED)
    assert main(["articles", str(folder)]) == 0
    assert capsys.readouterr().out.splitlines()[0].strip() == "1 article"
    assert main(["index", str(folder), "--index", str(tmp_path / "i.sqlite")]) == 0
    assert capsys.readouterr().out.startswith("indexed 1 article from 1 file (1 added, ")


@pytest.mark.parametrize("kind", ["missing", "empty folder", "only unreadable"])
@pytest.mark.parametrize("command", [["export"], ["index"], ["export", "--format", "json"]])
def test_nothing_to_read_leaves_no_index_in_the_cache(tmp_path: Path, capsys, kind: str,
                                                      command: list[str]) -> None:
    target = tmp_path / "news"
    if kind != "missing":
        target.mkdir()
    if kind == "only unreadable":
        (target / "empty.txt").write_text("")
    index = default_index_path([str(target)])
    assert main([*command, str(target)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"dateline: no articles could be loaded from {target}"
    assert not index.exists() and not Path(f"{index}-wal").exists()


def test_an_existing_index_is_kept_when_its_files_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(UNNAMED)
    index = tmp_path / "i.sqlite"
    assert len(open_corpus([str(folder)], ONE, index=index).tagged) == 1
    os.unlink(folder / "a.txt")
    assert len(open_corpus([str(folder)], ONE, index=index).tagged) == 0
    assert index.exists()


def test_a_mistyped_path_leaves_an_index_as_it_was(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(UNNAMED)
    index = tmp_path / "i.sqlite"
    assert main(["index", str(folder), "--index", str(index)]) == 0
    before = held(index)
    assert before[0] == [(str(folder / "a.txt"),)] and len(before[1]) == 1
    assert main(["index", str(tmp_path / "nwes"), "--index", str(index)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"dateline: no articles could be loaded from {tmp_path / 'nwes'}")
    assert held(index) == before


def held(index: Path) -> tuple[list, list]:
    """What an index holds: its files and its articles."""
    with sqlite3.connect(index) as conn:
        files = conn.execute("SELECT path FROM files ORDER BY path").fetchall()
        articles = conn.execute("SELECT id, hash, context FROM articles ORDER BY id").fetchall()
    conn.close()
    return files, articles


def test_nothing_indexed_is_an_empty_corpus(tmp_path: Path) -> None:
    corpus = open_index([str(tmp_path / "nope")], ONE, index=tmp_path / "i.sqlite")
    assert corpus.store is None and len(corpus.tagged) == 0
    assert (corpus.timeline(), corpus.source_names(), corpus.published_span()) == ([], [], None)
    assert [p.message for p in corpus.problems] == ["no such file or directory"]
    assert not (tmp_path / "i.sqlite").exists()

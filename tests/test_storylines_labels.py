"""A story's label is kept by its members' contents: an update labels only the stories whose
members changed, and keeps exactly what a cold build would (in the index too)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from test_index_stories import EXTRA, REGION
from test_storylines_trace import LIMITS, corpus, items

from summarize.open import open_corpus
from summarize.settings import Settings
from summarize.storylines import members_digest, stories_traced

ONE = Settings(jobs=1)


def _articles(rows: list) -> list[tuple]:
    return [(f"a{n}", "Wire", None) for n in range(len(rows))]


def test_labels_are_reused_by_members_and_made_for_changed_stories() -> None:
    rows = corpus()
    its = items(rows)
    fresh, _ = stories_traced(its, _articles(rows), LIMITS)
    labels: dict[str, str] = {}
    first, _ = stories_traced(its, _articles(rows), LIMITS, labels=labels)
    assert first == fresh  # the same stories and labels with or without keeping them
    assert len(labels) == len(fresh) and set(labels.values()) <= {s.label for s in fresh}
    biggest = fresh[0]
    keys = [its[int(a[1:])].key for a in biggest.articles]
    assert labels[members_digest(keys)] == biggest.label
    labels[members_digest(keys)] = "kept label"  # the kept one is used as it is
    again, _ = stories_traced(its, _articles(rows), LIMITS, labels=labels)
    assert again[0].label == "kept label" and again[1:] == fresh[1:]
    # a new article joins the biggest story: its label is made afresh, the others kept
    grown = [*rows, rows[int(biggest.articles[0][1:])]]
    labels[members_digest(keys)] = "kept label"
    updated, _ = stories_traced(items(grown), _articles(grown), LIMITS, labels=labels)
    assert updated == stories_traced(items(grown), _articles(grown), LIMITS)[0]
    assert "kept label" not in labels.values() and len(labels) == len(updated)


def _kept(index: Path) -> list[tuple]:
    with sqlite3.connect(index) as conn:
        return sorted(conn.execute("SELECT digest, label FROM story_labels"))


def test_the_index_keeps_the_labels_a_cold_build_keeps(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(REGION, folder)
    index = tmp_path / "index.sqlite"
    before = [s.label for s in open_corpus([str(folder)], ONE, index=index).storylines()]
    assert len(_kept(index)) == len(before) == 3
    (folder / "ceasefire-7.md").write_text(EXTRA, encoding="utf-8")
    updated = open_corpus([str(folder)], ONE, index=index).storylines()
    cold = tmp_path / "cold.sqlite"
    assert updated == open_corpus([str(folder)], ONE, index=cold).storylines()
    assert _kept(index) == _kept(cold)

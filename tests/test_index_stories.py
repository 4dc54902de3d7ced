"""The index keeps each article's storyline and gives exactly the stories of a fresh load:
cold, unchanged, after an article is added (after the others or before the last ones: the
clustering resumes from its kept trace), changed so that it moves, or removed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summarize.corpus import load_corpus
from summarize.open import open_corpus
from summarize.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
REGION = ROOT / "tests/fixtures/storylines/region"
ONE = Settings(jobs=1)

EXTRA = """---
title: Korsk monitors extend their patrols
date: 2025-06-24
source: Meridian Post
---
Monitors of the Korsk ceasefire extended their patrols to the hills held by the Ostal Front on
Tuesday. General Saldan and Paskor agreed on a hotline between the two sides of the Tarna front.
"""
MOVED = """---
title: Vell Crossing camp gets a school
date: 2025-06-23
source: Lowland Herald
---
Melmark opened a tent school at the refugee camp at Vell Crossing on Monday. The refugee agency
said six hundred children from Dravenia enrolled on the first day; Anja Reddel visited Hollin too.
"""


def stories_json(corpus) -> list[dict]:
    return [s.to_json() for s in corpus.storylines()]


def open_both(folder: Path, index: Path) -> tuple[list[dict], list[dict], list[tuple]]:
    events: list[tuple] = []
    indexed = open_corpus([str(folder)], ONE, lambda *e: events.append(e), index=index)
    fresh = load_corpus([str(folder)], ONE)
    assert indexed.stored_storylines is not None
    return stories_json(indexed), stories_json(fresh), [e for e in events if e[0] == "stories"]


def test_index_stories_equal_a_fresh_load_through_changes(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(REGION, folder)
    index = tmp_path / "index.sqlite"
    indexed, fresh, computed = open_both(folder, index)
    assert indexed == fresh and len(fresh) == 3
    assert computed[-1][1:] == (13, 13)  # every content fingerprinted once

    indexed, fresh, computed = open_both(folder, index)  # unchanged: read from the tables
    assert indexed == fresh and computed == []

    (folder / "ceasefire-7.md").write_text(EXTRA, encoding="utf-8")
    indexed, fresh, computed = open_both(folder, index)
    assert indexed == fresh and computed[-1][1:] == (1, 1)  # only the new article
    assert "ceasefire-7" in next(s for s in fresh if "ceasefire-1" in s["articles"])["articles"]

    (folder / "ceasefire-7.md").write_text(MOVED, encoding="utf-8")  # now a refugee story
    indexed, fresh, _ = open_both(folder, index)
    assert indexed == fresh
    assert "ceasefire-7" in next(s for s in fresh if "refugees-1" in s["articles"])["articles"]

    (folder / "lighthouse.md").unlink()
    indexed, fresh, _ = open_both(folder, index)
    assert indexed == fresh and len(fresh) == 2


def test_fingerprints_made_by_other_code_are_made_again(tmp_path: Path, monkeypatch) -> None:
    import summarize.index.stories as kept

    index = tmp_path / "index.sqlite"
    indexed, fresh, computed = open_both(REGION, index)
    assert computed[-1][1:] == (13, 13)
    monkeypatch.setattr(kept, "FINGERPRINT_VERSION", "older")
    indexed, fresh, computed = open_both(REGION, index)
    assert indexed == fresh and computed[-1][1:] == (13, 13)


EARLIER = """---
title: Korsk talks resume at the border post
date: 2025-06-05
source: Lowland Herald
---
Negotiators for the Korsk ceasefire met again at the Tarna border post on Thursday. General
Saldan said the Ostal Front had pulled its guns back from the hills, and Paskor welcomed it.
"""


def test_an_update_resumes_the_clustering_from_the_kept_trace(tmp_path: Path,
                                                              monkeypatch) -> None:
    """An article dated before the last ones: only it is searched, the other articles are
    checked against the trace, and the stories equal a fresh load's."""
    from summarize.storylines import single_pass as passes

    folder = tmp_path / "news"
    shutil.copytree(REGION, folder)
    index = tmp_path / "index.sqlite"
    open_both(folder, index)
    (folder / "ceasefire-0.md").write_text(EARLIER, encoding="utf-8")
    searched: list[bool] = []
    search = passes._Pass.search

    def counting(self, i, day):
        searched.append(i)  # a full search (the changed stories are measured apart)
        return search(self, i, day)

    monkeypatch.setattr(passes._Pass, "search", counting)
    indexed = stories_json(open_corpus([str(folder)], ONE, index=index))
    assert len(searched) == 1
    monkeypatch.undo()
    fresh = stories_json(load_corpus([str(folder)], ONE))
    assert indexed == fresh
    assert "ceasefire-0" in next(s for s in fresh if "ceasefire-1" in s["articles"])["articles"]


@pytest.mark.parametrize("column", ["top", "joined"])
def test_a_damaged_trace_is_not_trusted(tmp_path: Path, column: str) -> None:
    """A trace row cut short (its candidates, or the dots of its joins) is set aside: the pass
    runs afresh, with a fresh load's stories."""
    import sqlite3
    from contextlib import closing

    folder = tmp_path / "news"
    shutil.copytree(REGION, folder)
    index = tmp_path / "index.sqlite"
    open_both(folder, index)
    with closing(sqlite3.connect(index)) as conn:
        conn.execute(f"UPDATE story_trace SET {column} = substr({column}, 1, 16)")
        conn.commit()
    (folder / "ceasefire-0.md").write_text(EARLIER, encoding="utf-8")
    indexed, fresh, _ = open_both(folder, index)
    assert indexed == fresh
    with closing(sqlite3.connect(index)) as conn:  # and a whole trace is kept again
        assert conn.execute(f"SELECT length({column}) FROM story_trace").fetchone()[0] > 16

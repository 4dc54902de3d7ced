"""The app over the index: the same screen as a fresh load, search through FTS5, a bad index
file reported and worked around, and a second start that reads no file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pilot_helpers import settle, sync

from summarize.settings import Settings
from tui.app import DatelineApp
from tui.app.widgets.evidence_list import EvidenceList
from tui.app.widgets.summary_view import SummaryView
from tui.app.widgets.timeline_list import TimelineList

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SIZE = (120, 40)
ONE = Settings(jobs=1)


async def shown(pilot) -> tuple[list[str], str, list[str], str]:
    """Timeline labels, the summary, the evidence rows of the first date, the title bar."""
    await settle(pilot)
    screen = pilot.app.screen
    entries = screen.query_one(TimelineList).entries
    evidence = [s.text for s in screen.query_one(EvidenceList).sentences]
    return [e.label for e in entries], screen.query_one(SummaryView).markdown, evidence, \
        pilot.app.sub_title


@sync
async def test_the_index_shows_what_a_fresh_load_shows(tmp_path: Path):
    index = tmp_path / "samples.sqlite"
    async with DatelineApp([str(SAMPLES)], ONE).run_test(size=SIZE) as pilot:
        fresh = await shown(pilot)
        await pilot.press("slash", *"ferr", "enter")
        fresh_search = await shown(pilot)
    for _ in range(2):  # cold build, then warm start
        async with DatelineApp([str(SAMPLES)], ONE, index=index).run_test(size=SIZE) as pilot:
            assert await shown(pilot) == fresh
            await pilot.press("slash", *"ferr", "enter")
            assert await shown(pilot) == fresh_search
    # Checked by hand in the samples: 17 articles from six outlets, 1-11 May 2024.
    assert fresh[3].startswith("17 articles · 6 sources")
    assert "published 01 May 2024 – 11 May 2024" in fresh[3]
    assert all("ferr" in text.lower() for text in fresh_search[2])
    assert 0 < len(fresh_search[0]) < len(fresh[0])


@sync
async def test_a_warm_start_reads_no_file(tmp_path: Path, monkeypatch):
    index = tmp_path / "samples.sqlite"
    async with DatelineApp([str(SAMPLES)], ONE, index=index).run_test(size=SIZE) as pilot:
        await settle(pilot)
    import summarize.work

    def refuse(*args, **kwargs):
        raise AssertionError("a warm start read a file")

    monkeypatch.setattr(summarize.work, "read_files", refuse)
    async with DatelineApp([str(SAMPLES)], ONE, index=index).run_test(size=SIZE) as pilot:
        labels, _, _, title = await shown(pilot)
        assert len(labels) > 10 and title.startswith("17 articles")


@sync
async def test_a_foreign_index_file_is_reported_and_the_corpus_still_loads(tmp_path: Path):
    index = tmp_path / "mine.sqlite"
    with sqlite3.connect(index) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = index.read_bytes()
    async with DatelineApp([str(SAMPLES)], ONE, index=index).run_test(size=SIZE) as pilot:
        labels, _, _, title = await shown(pilot)
        messages = [n.message for n in pilot.app._notifications]
        assert any("not a dateline index" in m and "loading without the index" in m
                   for m in messages)
        assert title.startswith("17 articles") and labels
    assert index.read_bytes() == before

"""The TUI and the date ranker: o orders the dates by importance as a third order, the evidence
pane says why a date ranks where it does, and the log counts the page furniture removed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pilot_helpers import settle, sync
from test_tui_corpus import hand_loader

from tui.app import DatelineApp
from tui.app.widgets.evidence_list import EvidenceList
from tui.app.widgets.timeline_list import TimelineList

SIZE = (120, 40)
PAGES = Path(__file__).parent / "fixtures" / "scraped" / "pages.json"


def _timeline(pilot) -> TimelineList:
    return pilot.app.screen.query_one(TimelineList)


@sync
async def test_o_goes_oldest_newest_then_most_important_first():
    async with DatelineApp(["hand-made"], loader=hand_loader).run_test(size=SIZE) as pilot:
        await settle(pilot)
        oldest = [e.key for e in _timeline(pilot).entries]
        await pilot.press("o", "o")
        await settle(pilot)
        shown = _timeline(pilot).entries
        days = [e for e in shown if not e.is_coarse]
        assert [e.key for e in days] == [e.key for e in sorted(
            days, key=lambda e: (-e.importance, e.start))]
        assert [e.is_coarse for e in shown] == sorted(e.is_coarse for e in shown)  # coarse below
        assert "most important first" in _timeline(pilot).border_title
        assert pilot.app.main.by_importance and not pilot.app.main.newest_first
        await pilot.press("o")
        await settle(pilot)
        assert [e.key for e in _timeline(pilot).entries] == oldest
        assert "oldest first" in _timeline(pilot).border_title


@sync
async def test_the_evidence_pane_says_why_a_date_ranks_where_it_does():
    async with DatelineApp(["hand-made"], loader=hand_loader).run_test(size=SIZE) as pilot:
        await settle(pilot)
        entry = _timeline(pilot).current
        evidence = pilot.app.screen.query_one(EvidenceList)
        first = str(evidence.options[0].prompt)
        assert first.startswith(f"importance {entry.importance:.1f} — ")
        assert "articles naming the date" in first
        assert evidence.current is evidence.sentences[0]  # the reasons row is not a sentence


@sync
async def test_the_log_counts_the_page_furniture_removed(tmp_path: Path):
    shutil.copy(PAGES, tmp_path / "pages.json")
    removed = sum(sum(p["_removed"].values()) for p in json.loads(PAGES.read_text()))
    async with DatelineApp([str(tmp_path)], index=None).run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = list(pilot.app.screen.query_one("#log").lines)
        assert any(line.startswith(f"Removed {removed} lines of page furniture from 8 articles:")
                   and "comments 14" in line for line in lines), lines

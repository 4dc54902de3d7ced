"""Articles none of which can be dated: the TUI says why the timeline is empty and how to date
them, instead of a bare "No dates to show"."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import settle, sync

from tui.app import DatelineApp
from tui.app.widgets.summary_view import SummaryView

SIZE = (120, 40)


@sync
async def test_an_undated_corpus_says_why_nothing_is_shown(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Cats\n\nCats like milk. Dogs bark at the mailman.\n")
    (tmp_path / "b.txt").write_text("Dogs\n\nDogs bark at cats.\n")
    async with DatelineApp([str(tmp_path)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = pilot.app.screen.query_one(SummaryView).markdown
    assert shown == ("_No dates to show: none of the 2 articles has a publication date or a "
                     "time expression. Start dateline with --dct DATE to date them all._")


@sync
async def test_a_search_that_matches_nothing_stays_short(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Ferry\n\nThe ferry crews walked out on 3 May 2024.\n")
    async with DatelineApp([str(tmp_path)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zebra", "enter")
        await settle(pilot)
        assert pilot.app.screen.query_one(SummaryView).markdown == "_No dates to show._"

"""The app over the real engine: a corrupt file among good ones, and re-dating an article."""

from __future__ import annotations

import shutil
from pathlib import Path

from pilot_helpers import settle, sync

from tui.app import DatelineApp
from tui.app.screens.article_screen import ArticleScreen
from tui.app.widgets.timeline_list import TimelineList

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SIZE = (120, 40)
GOOD = ["harbour-wire/picket-line-gate-4.txt", "harbour-wire/valmora-dockers-stay-out.txt",
        "radio-kelvan/bulletins.jsonl"]


def folder_with_a_bad_file(tmp_path: Path) -> Path:
    for name in GOOD:
        shutil.copy(SAMPLES / name, tmp_path)
    (tmp_path / "broken.json").write_text('{"title": "half a record", "text": ', encoding="utf-8")
    return tmp_path


@sync
async def test_a_corrupt_file_is_notified_and_the_rest_loads(tmp_path: Path):
    folder = folder_with_a_bad_file(tmp_path)
    async with DatelineApp([str(folder)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [(n.title, n.message) for n in pilot.app._notifications]
        assert any(title == "1 file skipped" and "broken.json" in message
                   for title, message in messages), messages
        # two .txt articles and the two records of bulletins.jsonl
        assert len(pilot.app.corpus.tagged) == 4
        assert pilot.app.sub_title.startswith("4 articles")
        assert "1 file skipped" in pilot.app.sub_title
        assert pilot.app.screen.query_one(TimelineList).entries
        await pilot.press("l")
        log = pilot.app.screen.query_one("#log")
        assert any("broken.json" in line for line in log.lines)


@sync
async def test_setting_an_article_date_re_resolves_it(tmp_path: Path):
    shutil.copy(SAMPLES / "harbour-wire/picket-line-gate-4.txt", tmp_path)
    async with DatelineApp([str(tmp_path)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = {e.key for e in pilot.app.main.entries}
        await pilot.press("enter", "enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("d", "ctrl+u", *"2023-01-10", "enter")
        await settle(pilot)
        tagged = pilot.app.corpus.by_id(screen.tagged.article.id)
        assert tagged.dct_source == "given"
        assert tagged.dct.isoformat() == "2023-01-10"
        assert "set by you" in str(pilot.app.screen.query_one("#article-meta").visual)
        after = {e.key for e in pilot.app.main.entries}
        assert after != before
        # what the article reported is now filed under the day the user gave
        assert "2023-01-10" in after


@sync
async def test_the_summary_pane_shows_what_the_export_writes():
    from summarize.export import BriefingOptions, build_briefing
    from tui.app.widgets.summary_view import SummaryView

    async with DatelineApp([str(SAMPLES)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        current = pilot.app.screen.query_one(TimelineList).current
        shown = pilot.app.screen.query_one(SummaryView).markdown
        briefing = build_briefing(pilot.app.corpus, BriefingOptions())
        [exported] = [d for d in briefing.dates if d.entry.key == current.key]
        assert len(exported.summary) == 3
        for sentence in exported.summary:
            assert " ".join(sentence.text.split()[:8]) in " ".join(shown.split())

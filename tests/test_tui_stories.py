"""The TUI's storyline choice (key t): pick one story or all; the header, the timeline, the
summaries and search follow it."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import settle, sync

from tui.app import DatelineApp
from tui.app.screens.main_screen import MainScreen
from tui.app.screens.story_dialog import StoryDialog
from tui.app.widgets.timeline_list import TimelineList

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")
SIZE = (120, 40)


def shown_articles(pilot) -> set[str]:
    entries = pilot.app.screen.query_one(TimelineList).entries
    return {s.article_id for e in entries for s in e.sentences}


@sync
async def test_t_picks_one_story_and_back_to_all():
    async with DatelineApp([SAMPLES]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        everything = shown_articles(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(pilot.app.screen, StoryDialog)
        await pilot.press("down", "down", "enter")  # All, Valmora, Orvessa
        await settle(pilot)
        main = pilot.app.screen
        assert isinstance(main, MainScreen)
        siege = main.stories[1]
        assert siege.label.startswith("Orvessa") and main.story == siege.id
        assert main.title == f"dateline · {siege.label}"
        assert shown_articles(pilot) == set(siege.articles) & everything
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press(*"corridor", "enter")
        await settle(pilot)
        assert shown_articles(pilot) and shown_articles(pilot) <= set(siege.articles)
        await pilot.press("t", "home", "enter")
        await settle(pilot)
        assert main.story == "" and main.title is None


@sync
async def test_story_option_opens_on_that_story_and_the_palette_offers_the_choice():
    async with DatelineApp([SAMPLES], stories=["valmora"]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.screen
        assert main.story == main.stories[0].id
        assert shown_articles(pilot) <= set(main.stories[0].articles)
        titles = {c.title for c in pilot.app.get_system_commands(main)}
        assert "Stories" in titles


@sync
async def test_repeated_story_option_shows_both_stories():
    async with DatelineApp([SAMPLES], stories=["valmora", "orvessa"]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.screen
        assert main.story == f"{main.stories[0].id},{main.stories[1].id}"
        assert main.title == f"dateline · {main.stories[0].label} + {main.stories[1].label}"
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert main.story == main.stories[0].id

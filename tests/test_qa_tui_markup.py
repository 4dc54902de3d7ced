"""The TUI shows outlets, titles and ids as the characters they are: Textual markup in them
(``[/oops]`` would stop the app, ``[red]`` would restyle it) is never read as markup."""

from __future__ import annotations

import json
from pathlib import Path

from pilot_helpers import settle, sync

from tui.app import DatelineApp
from tui.app.screens.article_screen import ArticleScreen
from tui.app.screens.main_screen import MainScreen
from tui.app.screens.source_dialog import SourceDialog
from tui.app.screens.story_dialog import StoryDialog

SIZE = (120, 40)
RECORDS = [
    {"id": "[b]x[/b]", "title": "[red]RED[/red] title", "source": "[/oops]",
     "published": "2024-05-04",
     "text": "The ferry strike began on Friday, May 3, 2024 at Kelvan harbour."},
    {"id": "b", "title": "Ferry talks", "source": "Kelvan Wire", "published": "2024-05-05",
     "text": "Ferry crews met on Sunday, May 5, 2024, in Kelvan about the ferry strike."},
]


def corpus(tmp_path: Path) -> str:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(RECORDS))
    return str(path)


def notifications(pilot) -> str:
    return "\n".join(n.message for n in pilot.app._notifications)


@sync
async def test_source_and_story_dialogs_list_names_as_text(tmp_path: Path):
    async with DatelineApp([corpus(tmp_path)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SourceDialog)
        shown = [str(o.prompt) for o in dialog.query_one("#source-list").options]
        assert shown == ["Kelvan Wire", "[/oops]"]
        await pilot.press("escape", "t")
        await settle(pilot)
        assert isinstance(pilot.app.screen, StoryDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, MainScreen)


@sync
async def test_article_title_and_redate_notice_show_markup_as_text(tmp_path: Path):
    async with DatelineApp([corpus(tmp_path)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")  # the first date's sentence: the [b]x[/b] article
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.tagged.article.id == "[b]x[/b]"
        assert str(screen.query_one("#article-title").visual) == "[red]RED[/red] title"
        await pilot.press("d", "ctrl+u", *"2024-05-06", "enter")
        await settle(pilot)
        assert "[b]x[/b] now dated Mon 06 May 2024; timeline updated." in notifications(pilot)

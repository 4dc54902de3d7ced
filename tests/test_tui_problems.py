"""How the app reports what it could not load: every path escaped on one line, the skipped
count by kind (files, records, lines), and a failed load naming what it was loading."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pilot_helpers import settle, sync
from test_tui_corpus import hand_loader

from summarize.models import Problem
from tui.app import DatelineApp
from tui.app.app import corpus_stats, skipped_summary
from tui.app.screens.article_screen import shown_path
from tui.app.widgets.timeline_list import entry_row

SIZE = (120, 40)
#: A file name made to look like a second report when printed raw.
FORGED = "notes\ndateline: /etc/passwd: deleted"


def shown(pilot) -> list[tuple[str, str]]:
    return [(n.title, n.message) for n in pilot.app._notifications]


@pytest.mark.parametrize(("messages", "expected"), [
    (["empty file"], "1 file"),
    (["empty file", "binary file, not an article"], "2 files"),
    (["line 3: invalid JSON (Expecting value); line skipped"], "1 line"),
    (["line 3: x; line skipped", "line 9: y; line skipped", "40 more invalid JSON lines skipped"],
     "42 lines"),
    (["record 2: empty text; skipped", "entry 4: no text (no content or summary); skipped"],
     "2 records"),
    (["empty file", "record 2: not a JSON object; skipped", "line 1: x; line skipped"],
     "1 file, 1 record and 1 line"),
    ([], ""),
])
def test_skipped_summary_says_what_was_skipped(messages: list[str], expected: str) -> None:
    problems = [Problem("a.json", m) for m in messages] + [Problem("b.md", "note", "warning")]
    assert skipped_summary(problems) == expected


def loader_with(problems: list[Problem]):
    def load(paths, settings=None, progress=None):
        corpus = hand_loader(paths, settings, progress)
        return replace(corpus, problems=problems)
    return load


@sync
async def test_problems_are_one_escaped_line_each_and_counted_by_kind():
    problems = [Problem(FORGED, "empty file"),
                Problem("feed.jsonl", "line 2: invalid JSON (Expecting value); line skipped"),
                Problem("feed.jsonl", "line 5: invalid JSON (Expecting value); line skipped")]
    async with DatelineApp(["news"], loader=loader_with(problems)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        title, message = next(n for n in shown(pilot) if "skipped" in n[0])
        assert title == "1 file and 2 lines skipped"
        assert message.splitlines() == [
            "notes\\ndateline: /etc/passwd: deleted: empty file",
            "feed.jsonl: line 2: invalid JSON (Expecting value); line skipped",
            "feed.jsonl: line 5: invalid JSON (Expecting value); line skipped"]
        assert pilot.app.sub_title.endswith("1 file and 2 lines skipped")
        log = [line for line in pilot.app.screen.query_one("#log").lines if "passwd" in line]
        assert log == ["error: dateline: notes\\ndateline: /etc/passwd: deleted: empty file"]


@sync
async def test_markup_in_a_file_name_is_shown_as_written():
    problems = [Problem("[b]bold[/b] [link=https://evil.example]x[/link].txt", "empty file")]
    async with DatelineApp(["news"], loader=loader_with(problems)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        message = next(m for t, m in shown(pilot) if "skipped" in t)
        assert message == "[b]bold[/b] [link=https://evil.example]x[/link].txt: empty file"


@sync
async def test_a_failed_load_names_what_was_being_loaded():
    def broken(paths, settings, progress):
        raise RuntimeError("disk on fire\nand more")

    async with DatelineApp(["wire\nfeeds", "more"], loader=broken).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert ("Loading failed", "wire\\nfeeds, more: RuntimeError: disk on fire\\nand more"
                ) in shown(pilot)
        log = pilot.app.screen.query_one("#log").lines
        assert "error: loading failed: wire\\nfeeds, more: RuntimeError: disk on fire\\nand more" \
            in log


def test_the_article_screen_shows_its_file_on_one_line() -> None:
    shown = shown_path("/elsewhere/wire\nfeed \x1b[31m.txt")
    assert shown == "/elsewhere/wire\\nfeed \\x1b[31m.txt"


def test_the_timeline_counts_named_outlets() -> None:
    entry = hand_loader(["x"]).timeline()[0]
    unnamed = replace(entry, sentences=tuple(replace(s, source="", sources=())
                                             for s in entry.sentences))
    assert " 0 src" in entry_row(unnamed, 1.0, 20).plain
    assert f" {len(entry.sources)} src" in entry_row(entry, 1.0, 20).plain


def test_title_bar_says_what_was_skipped() -> None:
    corpus = replace(hand_loader(["x"]), problems=[Problem("a.jsonl", "record 1: x; skipped")])
    assert corpus_stats(corpus).endswith(" · 1 record skipped")

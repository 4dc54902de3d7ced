"""The TUI's export (e) refuses a target as ``export -o`` does, in the same words: a name
ending in a slash is a folder (it wrote a file of that name), a folder, a missing folder; no
temporary file names or errno numbers in the notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import settle, sync
from test_tui_corpus import hand_loader

from tui.app import DatelineApp

SIZE = (120, 40)


@pytest.mark.parametrize(("given", "message"), [
    ("newdir/", "names a folder (it ends with /); give a file name"),
    ("folder", "is a folder; give a file name"),
    ("missing/brief.md", "folder {root}/missing does not exist"),
    ("plain/brief.md", "{root}/plain is not a folder"),
])
@sync
async def test_a_bad_target_is_one_clear_notice(tmp_path: Path, given: str, message: str):
    (tmp_path / "folder").mkdir()
    (tmp_path / "plain").write_text("keep")
    before = sorted(p.name for p in tmp_path.iterdir())
    target = f"{tmp_path}/{given}"
    async with DatelineApp(["hand-made"], loader=hand_loader).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "ctrl+u", *target, "enter")
        await settle(pilot)
        notices = [n.message for n in pilot.app._notifications]
    assert notices[-1] == f"Export failed: {target}: {message.format(root=tmp_path)}"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "plain").read_text() == "keep"


@sync
async def test_e_never_replaces_an_article_the_view_reads(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = corpus / "harbour.md"
    text = "---\ndate: 2024-05-03\n---\nThe harbour reopened on Thursday after the storm.\n"
    article.write_text(text)
    async with DatelineApp([str(corpus)]).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "ctrl+u", *str(article), "enter")
        await settle(pilot)
        notices = [n.message for n in pilot.app._notifications]
    assert notices[-1] == (f"Export failed: {article}: is one of the files this view reads; "
                           "write the briefing elsewhere")
    assert article.read_text() == text
    assert sorted(p.name for p in corpus.iterdir()) == ["harbour.md"]

"""``articles``, ``stories`` and ``tag`` print titles, ids and outlets as the characters they are:
rich markup in them (``[/x]``, ``[link=...]``) is neither obeyed nor an internal error, and a
control character (an escape sequence) never reaches the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

RECORDS = [
    {"id": "[link=https://evil.example]click[/link]", "title": "[red]RED[/red] \x1b[31mtitle",
     "source": "[/oops]", "published": "2024-05-04",
     "text": "The ferry strike began on Friday, May 3, 2024 at Kelvan.\x1b[2J"},
    {"id": "b", "title": "Ferry talks", "source": "Kelvan :smile: Wire", "published": "2024-05-05",
     "text": "Ferry crews met on Sunday, May 5, 2024, in Kelvan about the ferry strike."},
]


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("COLUMNS", "400")  # one table row per line, nothing folded
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(RECORDS))
    return path


@pytest.mark.parametrize("command", [["articles"], ["stories", "--no-index"], ["tag"]])
def test_markup_and_escapes_in_fields_are_shown_as_text(hostile: Path, capsys, command) -> None:
    status = main([command[0], str(hostile), *command[1:]])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert "\x1b" not in out
    assert "[/oops]" in out and "Kelvan :smile: Wire" in out
    if command[0] != "stories":  # ids and titles are listed by articles and tag
        assert "[link=https://evil.example]click[/link]" in out
        assert "[red]RED[/red] \\x1b[31mtitle" in out


def test_tag_keeps_the_sentence_and_its_highlight_in_place(hostile: Path, capsys) -> None:
    assert main(["tag", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "[0] The ferry strike began on Friday, May 3, 2024 at Kelvan.\ufffd[2J" in out
    assert "Friday, May 3, 2024 → 2024-05-03" in out

"""``export --split DIR`` never overwrites: a folder that already holds files, or a file named as
the folder, is refused in one line before anything is read, and the files there are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from ferry_corpus import ferry_folder

from tui.cli import main


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return ferry_folder(tmp_path)


def story_id(news: Path, capsys) -> str:
    assert main(["stories", str(news), "--no-index", "--json"]) == 0
    import json

    return json.loads(capsys.readouterr().out)["stories"][0]["id"]


def test_a_folder_holding_a_file_of_the_same_name_is_refused_and_kept(
        tmp_path: Path, news: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = out / f"{story_id(news, capsys)}.md"
    mine.write_text("my own notes\n")
    status = main(["export", str(news), "--no-index", "--split", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert status == 2
    assert err == [f"dateline: {out}: is not empty; --split writes into a new or empty folder"]
    assert mine.read_text() == "my own notes\n"
    assert sorted(p.name for p in out.iterdir()) == [mine.name]


def test_a_folder_holding_other_files_is_refused_before_loading(
        tmp_path: Path, news: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("keep")
    status = main(["export", str(news), "--no-index", "--split", str(out), "--format", "json"])
    err = capsys.readouterr().err.splitlines()
    assert status == 2
    # one line, and no "empty.txt: empty file": nothing was read
    assert err == [f"dateline: {out}: is not empty; --split writes into a new or empty folder"]
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_a_file_named_as_the_folder_is_refused_before_loading(
        tmp_path: Path, news: Path, capsys) -> None:
    taken = tmp_path / "taken"
    taken.write_text("x")
    status = main(["export", str(news), "--no-index", "--split", str(taken)])
    assert status == 2
    assert capsys.readouterr().err.splitlines() == [f"dateline: {taken}: is not a folder"]
    assert taken.read_text() == "x"


def test_a_new_or_empty_folder_gets_one_file_per_story(
        tmp_path: Path, news: Path, capsys) -> None:
    sid = story_id(news, capsys)
    for out in (tmp_path / "new" / "deeper", tmp_path / "empty"):
        if out.name == "empty":
            out.mkdir()
        assert main(["export", str(news), "--no-index", "--split", str(out)]) == 0
        assert [p.name for p in out.iterdir()] == [f"{sid}.md"]
        assert "The ferry crews walked out on 3 May 2024." in (out / f"{sid}.md").read_text()
        assert capsys.readouterr().err.splitlines()[-1] == \
            f"dateline: wrote {out / (sid + '.md')}"

"""An export written inside a folder it reads is read back as an article by the next run (the
briefing's sentences would come back as a new outlet's): ``export`` warns in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from ferry_corpus import STORY, ferry_folder

from tui.cli import main


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return ferry_folder(tmp_path, with_empty=False)


def test_a_briefing_inside_the_input_folder_is_written_with_a_warning(news: Path, capsys):
    target = news / "briefing.md"
    assert main(["export", str(news), "--no-index", "-o", str(target)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"dateline: warning: {target} is inside {news}, which this export reads: the next run "
        "will read the briefing as an article (write it elsewhere, or list it in "
        f"{news}/.datelineignore)",
        f"dateline: wrote {target}"]
    assert "The ferry crews walked out on 3 May 2024." in target.read_text()


def test_split_inside_the_input_folder_warns_too(news: Path, capsys):
    out = news / "stories"
    assert main(["export", str(news), "--no-index", "--split", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"dateline: warning: {out} is inside {news}, which this export reads")


def test_a_briefing_beside_the_input_folder_is_quiet(news: Path, tmp_path: Path, capsys):
    target = tmp_path / "briefing.md"
    assert main(["export", str(news), "--no-index", "-o", str(target)]) == 0
    assert capsys.readouterr().err.splitlines() == [f"dateline: wrote {target}"]


def test_a_briefing_the_folder_ignores_is_quiet(news: Path, capsys):
    (news / ".datelineignore").write_text("out\nbrief-*.md\n")
    for target in (news / "brief-1.md", news / "out" / "brief.md", news / ".hidden.md"):
        target.parent.mkdir(exist_ok=True)
        assert main(["export", str(news), "--no-index", "-o", str(target)]) == 0
        assert capsys.readouterr().err.splitlines() == [f"dateline: wrote {target}"]


def test_a_target_that_is_one_of_the_articles_read_is_refused(news: Path, capsys):
    article = news / "ferry.txt"
    for given in ([str(news)], [str(article)]):
        status = main(["export", *given, "--no-index", "-o", str(article)])
        assert status == 2
        assert capsys.readouterr().err.splitlines() == [
            f"dateline: {article}: is one of the files this export reads; write the briefing "
            "elsewhere"]
        assert article.read_text() == STORY

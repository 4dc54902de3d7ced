"""``export`` of a corpus in which nothing can be dated (no publication date, no time
expression) is one line and exit 2, and writes nothing: an empty briefing never replaces a file.
A window or story that matches nothing is the user's narrowing and still gives a briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

UNDATED = "Cats\n\nCats like milk. Dogs bark loudly at the mailman.\n"
MESSAGE = ("dateline: nothing to put on a timeline: none of the 2 articles has a publication "
           "date or a time expression (dateline tag shows each; --dct DATE dates them all); "
           "nothing written")


@pytest.fixture
def undated(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(UNDATED)
    (folder / "b.txt").write_text("Dogs\n\nDogs bark at cats.\n")
    return folder


@pytest.mark.parametrize("extra", [[], ["--format", "json"], ["--by-story"]])
def test_nothing_dated_is_one_line_and_the_old_file_stays(tmp_path: Path, undated: Path, capsys,
                                                         extra: list[str]) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's good briefing\n")
    status = main(["export", str(undated), "--no-index", "-o", str(target), *extra])
    assert status == 2
    assert capsys.readouterr().err.splitlines() == [MESSAGE]
    assert target.read_text() == "yesterday's good briefing\n"


def test_nothing_dated_writes_no_split_files(tmp_path: Path, undated: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["export", str(undated), "--no-index", "--split", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [MESSAGE]
    assert not out.exists() or not any(out.iterdir())


def test_a_given_publication_date_dates_them(undated: Path, capsys) -> None:
    assert main(["export", str(undated), "--no-index", "--dct", "2024-05-04"]) == 0
    assert "## Saturday 4 May 2024" in capsys.readouterr().out


def test_a_window_that_matches_nothing_is_still_a_briefing(capsys) -> None:
    samples = str(Path(__file__).resolve().parent.parent / "samples")
    status = main(["export", samples, "--no-index", "--from", "2030-01-01", "--to", "2030-01-31",
                   "--no-diagram"])
    assert status == 0
    assert "No dated events matched." in capsys.readouterr().out

"""``export -o FILE``: a target that cannot be written is refused before anything is read, in
one line; a trailing slash names a folder; a symlink target is replaced by the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from ferry_corpus import ferry_folder

import summarize.export.atomic as atomic
from tui.cli import main


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return ferry_folder(tmp_path)


def export_to(news: Path, output: str, capsys) -> tuple[int, list[str]]:
    status = main(["export", str(news), "--no-index", "-o", output])
    return status, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(("make", "given", "message"), [
    (None, "newdir/", "names a folder (it ends with /); give a file name"),
    ("dir", "newdir/", "is a folder; give a file name"),
    ("dir", "newdir", "is a folder; give a file name"),
    (None, "missing/brief.md", "folder {root}/missing does not exist"),
    (None, "missing/deeper/brief.md", "folder {root}/missing/deeper does not exist"),
    ("file", "plain/brief.md", "{root}/plain is not a folder"),
])
def test_a_bad_target_is_refused_before_loading(tmp_path: Path, news: Path, capsys, make,
                                                given: str, message: str) -> None:
    if make == "dir":
        (tmp_path / "newdir").mkdir()
    if make == "file":
        (tmp_path / "plain").write_text("a file, not a folder")
    output = f"{tmp_path}/{given}"
    before = sorted(p.name for p in tmp_path.iterdir())
    status, err = export_to(news, output, capsys)
    assert status == 2
    assert err == [f"dateline: {output}: {message.format(root=tmp_path)}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_unwritable_folder_is_refused_before_loading(tmp_path: Path, news: Path, capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    real = atomic.os.access
    monkeypatch.setattr(atomic.os, "access",
                        lambda p, mode: False if Path(p) == out else real(p, mode))
    status, err = export_to(news, str(out / "brief.md"), capsys)
    assert (status, err) == (2, [f"dateline: {out}/brief.md: folder {out} is not writable"])


def test_nothing_is_loaded_when_the_target_is_bad(tmp_path: Path, news: Path, capsys,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def no_loading(*_args, **_kwargs):
        raise AssertionError("loaded before checking the target")

    monkeypatch.setattr("tui.cli.commands.export.load_tagged", no_loading)
    status, _ = export_to(news, f"{tmp_path}/nowhere/brief.md", capsys)
    assert status == 2


def test_a_good_target_is_written(tmp_path: Path, news: Path, capsys) -> None:
    status, err = export_to(news, str(tmp_path / "brief.md"), capsys)
    assert status == 0
    assert err[-1] == f"dateline: wrote {tmp_path}/brief.md"
    assert "Ferry" in (tmp_path / "brief.md").read_text() or "ferry" in (
        tmp_path / "brief.md").read_text()


def test_writing_onto_a_symlink_replaces_the_link(tmp_path: Path, news: Path, capsys) -> None:
    """As the README says: the link becomes a file; what it pointed to is left as it was."""
    real = tmp_path / "real.md"
    real.write_text("kept\n")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    status, _ = export_to(news, str(link), capsys)
    assert status == 0
    assert not link.is_symlink() and "ferry" in link.read_text().lower()
    assert real.read_text() == "kept\n"

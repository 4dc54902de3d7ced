"""Two feeds that number their items alike rename hundreds of ids: the command line shows the
first few renames of each file and counts the rest in one line, and still renames every one."""

from __future__ import annotations

import json
from pathlib import Path

from tui.cli import main
from tui.cli.inputs import RENAMES_SHOWN


def feed(path: Path, outlet: str, n: int) -> None:
    path.write_text(json.dumps([
        {"id": str(i), "source": outlet, "published": "2024-05-03",
         "text": f"Story {i} from {outlet}. The ferry sailed on 3 May 2024."}
        for i in range(1, n + 1)]))


def test_many_renames_in_one_file_are_counted_in_one_line(tmp_path: Path, capsys):
    feed(tmp_path / "a.json", "Harbour Post", 12)
    feed(tmp_path / "b.json", "Quay Daily", 12)
    assert main(["articles", str(tmp_path), "--json"]) == 0
    captured = capsys.readouterr()
    ids = [a["id"] for a in json.loads(captured.out)]
    assert len(set(ids)) == 24 and ids[12:14] == ["1~2", "2~2"]
    err = captured.err.splitlines()
    shown = [line for line in err if "; renamed to " in line]
    assert len(shown) == RENAMES_SHOWN == 5
    assert shown[0] == (f"dateline: {tmp_path / 'b.json'}: record 1: id '1' is already used by "
                        f"{tmp_path / 'a.json'}#1; renamed to '1~2'")
    assert err[-1] == (f"dateline: {tmp_path / 'b.json'}: 7 more ids already used, renamed the "
                       "same way (dateline articles --json lists every id)")


def test_a_few_renames_are_all_shown(tmp_path: Path, capsys):
    feed(tmp_path / "a.json", "Harbour Post", 3)
    feed(tmp_path / "b.json", "Quay Daily", 3)
    assert main(["articles", str(tmp_path), "--json"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if "; renamed to " in line]) == 3
    assert not any("more id" in line for line in err)

"""File names that are not valid UTF-8 (Linux allows any bytes): read, indexed, reported and
written out like any other, shown escaped wherever they are printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarize.corpus import load_corpus
from summarize.index import default_index_path, open_index
from summarize.safe_text import shown_path
from summarize.settings import Settings
from tui.cli import main

ONE = Settings(jobs=1)
#: "café-" in Latin-1 followed by two bytes that are no character in any UTF-8 text.
ODD = b"caf\xe9-\xff\xfe"


def odd_corpus(root: Path) -> tuple[Path, str]:
    """A folder with a well-named article and one whose name is not UTF-8."""
    folder = root / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("Ferry strike\n\nThe ferry crews walked out on "
                                     "3 May 2024.\n")
    odd = os.path.join(os.fsencode(folder), ODD + b".txt")
    with open(odd, "wb") as handle:
        handle.write(b"Ferry talks\n\nTalks with the ferry crews resumed on 5 May 2024.\n")
    with open(os.path.join(os.fsencode(folder), ODD + b".md"), "wb"):
        pass  # an empty file: a problem report naming it
    return folder, os.fsdecode(odd)


def test_the_index_holds_and_reads_back_such_names(tmp_path: Path) -> None:
    folder, odd = odd_corpus(tmp_path)
    index = tmp_path / "i.sqlite"
    fresh = load_corpus([str(folder)], ONE)
    first = open_index([str(folder)], ONE, index=index)
    assert [t.article.origin for t in first.tagged] == [odd, str(folder / "good.txt")]
    assert list(first.tagged) == list(fresh.tagged)
    assert first.problems == fresh.problems
    assert [p.path for p in first.problems] == [odd.removesuffix(".txt") + ".md"]
    first.store.close()
    again = open_index([str(folder)], ONE, index=index)
    assert (again.report.added, again.report.changed, again.report.unchanged) == (0, 0, 3)
    assert again.problems == fresh.problems
    again.store.close()
    os.unlink(odd)
    after = open_index([str(folder)], ONE, index=index)
    assert after.report.removed == 1 and len(after.tagged) == 1
    after.store.close()


def test_default_index_and_lock_for_such_paths(tmp_path: Path) -> None:
    folder, odd = odd_corpus(tmp_path)
    assert default_index_path([odd]) != default_index_path([str(folder)])
    assert main(["index", odd]) == 0


@pytest.mark.parametrize("command", [["export"], ["export", "--no-index", "--format", "json"],
                                     ["index"], ["tag", "--format", "json"]])
def test_commands_on_a_folder_with_such_names(tmp_path: Path, capsys, command) -> None:
    folder, odd = odd_corpus(tmp_path)
    assert main([*command, str(folder)]) == 0
    out, err = capsys.readouterr()
    out.encode("utf-8")  # nothing undecodable reaches standard output
    assert f"dateline: {shown_path(odd.removesuffix('.txt') + '.md')}: empty file" in err


def run_articles(folder: Path, encoding: str, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "tui", "articles", "--json", str(folder),
                           *extra], capture_output=True, env=env, timeout=120)


@pytest.mark.parametrize("encoding", ["utf-8:strict", "utf-8:surrogateescape"])
def test_articles_json_is_valid_utf8_with_the_name_escaped(tmp_path: Path, encoding) -> None:
    folder, odd = odd_corpus(tmp_path)
    done = run_articles(folder, encoding)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout.decode("utf-8"))  # strict: raises on any stray byte
    assert [r["origin"] for r in rows] == [shown_path(odd), str(folder / "good.txt")]
    assert rows[0]["origin"].endswith("caf\\xe9-\\xff\\xfe.txt")


def test_index_summary_names_an_odd_index_file_escaped(tmp_path: Path, capsys) -> None:
    folder, _ = odd_corpus(tmp_path)
    index = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"idx-\xff.sqlite"))
    for extra in ([], ["--json"], ["--stats"], ["--stats", "--json"]):
        assert main(["index", str(folder), "--index", index, *extra]) == 0
        out = capsys.readouterr().out
        out.encode("utf-8")  # no undecodable byte left for a strict standard output
        if "--json" in extra:
            assert json.loads(out)["index"] == shown_path(index)
        else:
            assert shown_path(index) in out

"""``dateline index`` and ``--index``/``--no-index`` on the command line: what is printed, exit
statuses, one-line errors, and exports that do not depend on the index."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tui.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line_error(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("dateline: ")
    return err.rstrip("\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("cli") / "samples.sqlite"
    assert main(["index", str(SAMPLES), "--index", str(index), "--jobs", "1"]) == 0
    return index


def test_index_then_index_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = tmp_path / "samples.sqlite"
    status, out, err = run(capsys, "index", str(SAMPLES), "--index", str(index), "--jobs", "1")
    assert (status, err) == (0, "")
    # The samples: 13 article files (ANSWERS.* are ignored), 17 articles.
    assert re.fullmatch(r"indexed 17 articles from 13 files \(13 added, 0 changed, 0 removed, "
                        r"0 unchanged; 17 tagged\) in \d+\.\d s -> " + re.escape(str(index))
                        + "\n", out), out
    status, out, err = run(capsys, "index", str(SAMPLES), "--index", str(index))
    assert (status, err) == (0, "")
    assert re.fullmatch(r"indexed 17 articles from 13 files \(0 added, 0 changed, 0 removed, "
                        r"13 unchanged; 0 tagged\) in \d+\.\d s -> .*\n", out), out


def test_index_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = tmp_path / "samples.sqlite"
    counts = ("files", "added", "changed", "removed", "unchanged", "articles", "tagged")
    status, out, _ = run(capsys, "index", str(SAMPLES), "--index", str(index), "--json")
    first = json.loads(out)
    assert status == 0 and first["index"] == str(index)
    assert [first[k] for k in counts] == [13, 13, 0, 0, 0, 17, 17]
    assert isinstance(first["seconds"], float | int)
    status, out, _ = run(capsys, "index", str(SAMPLES), "--index", str(index), "--json")
    assert [json.loads(out)[k] for k in counts] == [13, 0, 0, 0, 13, 17, 0]


def test_default_index_lives_in_the_cache_folder(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "index", str(SAMPLES), "--json")
    target = Path(json.loads(out)["index"])
    assert status == 0 and target.is_file()
    # conftest points XDG_CACHE_HOME at a throwaway folder for the session.
    assert target.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]) / "dateline")


def stats_table(out: str) -> dict[str, str]:
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines())


def test_stats_of_an_index_file(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "index", "--stats", "--index", str(built))
    assert (status, err) == (0, "")
    table = stats_table(out)
    # By hand from samples/: 17 articles in 13 files; 5 carry no date (two harbour-wire .txt,
    # radio-kelvan's .txt, northern-ledger's corridor .md and one ledger-archive.json record).
    assert (table["index"], table["files"], table["articles"], table["tagged"]) == (
        str(built), "13", "17", "17")
    assert table["inferred dates"] == "5"
    assert table["published"] == "2024-05-01 – 2024-05-11"
    status, out, _ = run(capsys, "index", "--stats", "--index", str(built), "--json")
    data = json.loads(out)
    assert (data["files"], data["articles"], data["inferred_dates"]) == (13, 17, 5)


def test_stats_with_paths_syncs_then_shows(built: Path, capsys) -> None:
    status, out, _ = run(capsys, "index", str(SAMPLES), "--index", str(built), "--stats")
    assert status == 0 and stats_table(out)["articles"] == "17"


@pytest.mark.parametrize(("argv", "message"), [
    (["index", "--stats"], "dateline: --stats needs PATHs or --index FILE"),
    (["index", "--stats", "--index", "{tmp}/none.sqlite"],
     "dateline: {tmp}/none.sqlite: no such index file"),
    (["index", str(SAMPLES), "--no-index"], "dateline: --no-index leaves nothing to build"),
])
def test_index_usage_errors(tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    status, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert (status, out) == (2, "")
    assert one_line_error(err) == message.format(tmp=tmp_path)


@pytest.mark.parametrize("command", [
    ["index", str(SAMPLES)], ["index", "--stats"], ["export", str(SAMPLES)]])
def test_text_file_as_index(tmp_path: Path, capsys, command: list[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    status, out, err = run(capsys, *command, "--index", str(notes))
    assert (status, out) == (2, "")
    assert one_line_error(err).startswith(f"dateline: {notes}: not a dateline index")
    assert notes.read_text() == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def without_clock(text: str) -> str:
    """The export minus the JSON's "generated" time stamp (the two runs straddle seconds)."""
    return re.sub(r'^  "generated": "[^"]*",\n', "", text, count=1, flags=re.MULTILINE)


@pytest.mark.parametrize("granularity", ["day", "week", "month"])
@pytest.mark.parametrize("form", ["md", "json"])
def test_export_is_the_same_with_and_without_the_index(built: Path, capsys, form: str,
                                                       granularity: str) -> None:
    options = ["--top", "3", "--format", form, "--granularity", granularity]
    status, indexed, err = run(capsys, "export", str(SAMPLES), "--index", str(built), *options)
    assert (status, err) == (0, "")
    status, fresh, _ = run(capsys, "export", str(SAMPLES), "--no-index", *options)
    assert status == 0
    assert without_clock(indexed) == without_clock(fresh)
    assert len(indexed) > 500


def test_unreachable_dask_scheduler(tmp_path: Path, capsys, monkeypatch) -> None:
    pytest.importorskip("distributed")
    from summarize.engines.dask_engine import DaskEngine

    monkeypatch.setattr(DaskEngine.__init__, "__kwdefaults__", {"timeout": 1.0})
    status, out, err = run(capsys, "index", str(SAMPLES), "--index", str(tmp_path / "i.sqlite"),
                           "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert (status, out) == (2, "")
    assert one_line_error(err) == ("dateline: cannot reach the Dask scheduler at "
                                   "tcp://127.0.0.1:1: no answer within 1 s")


def test_standard_input_cannot_be_indexed(capsys) -> None:
    assert main(["index", "-"]) == 2
    assert capsys.readouterr().err == ("dateline: standard input cannot be indexed: the index "
                                       "mirrors files\n")

"""``dateline eval``: several folders (a row each and the total) and the tune/check halves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main


def tml(folder: Path, name: str, text: str, dct: str = "2024-05-04") -> None:
    """A TimeML file whose gold is every <TIMEX3> in ``text``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.tml").write_text(
        f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT><TEXT>{text}</TEXT></TimeML>',
        encoding="utf-8")


@pytest.fixture
def two_sets(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "wire", tmp_path / "local"
    tml(a, "one", 'Dockers struck <TIMEX3 tid="t1" type="DATE" value="2024-05-03">'
        "yesterday</TIMEX3>.")
    tml(a, "two", 'Talks resume <TIMEX3 tid="t1" type="DATE" value="2024-05-06">on Monday'
        "</TIMEX3>, a union said.")
    tml(b, "three", 'The ferry ran <TIMEX3 tid="t1" type="DATE" value="2024-05-04">today'
        '</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.')
    return a, b


def test_several_folders_give_a_row_each_and_the_pooled_total(two_sets, capsys):
    a, b = two_sets
    assert main(["eval", "timeml", str(a), str(b), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(s["folder"], s["half"], s["documents"], s["gold"]) for s in data["sets"]] == [
        (str(a), "all", 2, 2), (str(b), "all", 1, 2)]
    assert (data["total"]["documents"], data["total"]["gold"]) == (3, 4)
    # the total pools the counts of both folders, as scoring them together does
    assert main(["eval", "timeml", str(a), "--json"]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert alone == {k: v for k, v in data["sets"][0].items() if k not in ("folder", "half")}


def test_several_folders_print_a_table_then_what_to_fix(two_sets, capsys):
    a, b = two_sets
    assert main(["eval", "timeml", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "F1 per set" in out and "│ wire " in out and "│ local " in out and "│ total " in out
    assert "Worst documents" in out


def test_a_half_of_a_folder_without_a_recorded_split_is_a_one_line_error(two_sets, capsys):
    assert main(["eval", "timeml", str(two_sets[0]), "--half", "tune"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dateline: {two_sets[0]}: no recorded tune/check split")
    assert err.count("\n") == 1


def test_documents_the_split_does_not_know_are_named_not_dropped(tmp_path, capsys):
    folder = tmp_path / "TimeBank"
    tml(folder, "not_in_timebank", "Nothing.")
    assert main(["eval", "timeml", str(folder), "--half", "check"]) == 2
    assert "not_in_timebank" in capsys.readouterr().err


def test_the_halves_of_timebank_are_the_recorded_ones(timebank: Path, capsys):
    from summarize.evaluate.splits import recorded_split

    assert main(["eval", "timeml", str(timebank), "--halves", "--json"]) == 0
    sets = json.loads(capsys.readouterr().out)["sets"]
    split = recorded_split("TimeBank")
    assert [(s["half"], s["documents"]) for s in sets] == [
        ("tune", len(split.names("tune"))), ("check", len(split.names("check"))), ("all", 183)]
    assert sets[0]["gold"] + sets[1]["gold"] == sets[2]["gold"] == 1243
    assert main(["eval", "timeml", str(timebank), "--half", "tune", "--json"]) == 0
    tune = json.loads(capsys.readouterr().out)
    assert tune == {k: v for k, v in sets[0].items() if k not in ("folder", "half")}


def test_a_missing_folder_among_several_is_named(two_sets, tmp_path, capsys):
    assert main(["eval", "timeml", str(two_sets[0]), str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err == f"dateline: {tmp_path / 'nope'}: no such folder\n"


@pytest.mark.parametrize("kind", ["timeml", "tls", "stories"])
def test_a_file_given_for_a_folder_is_called_a_file(kind, tmp_path, capsys):
    given = tmp_path / "scores.txt"
    given.write_text("not a folder")
    assert main(["eval", kind, str(given)]) == 2
    assert capsys.readouterr().err == f"dateline: {given}: is not a folder\n"

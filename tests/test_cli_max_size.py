"""``--max-size MB`` takes a finite size above nothing; anything else is one usage line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main


@pytest.mark.parametrize("value", ["nan", "NaN", "-5", "0", "-0", "inf", "-inf", "1e400",
                                   "1e-12", "five", ""])
@pytest.mark.parametrize("command", ["articles", "tag", "export", "index"])
def test_bad_max_size_is_refused_before_any_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, value: str) -> None:
    (tmp_path / "a.txt").write_text("Ferry news\n\nThe ferry sailed on 3 May 2024.\n")
    with pytest.raises(SystemExit) as stop:
        main([command, str(tmp_path), f"--max-size={value}"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"dateline: argument --max-size: {value!r} is not a size in MB (a number "
                   f"above 0); see dateline {command} --help"]
    assert not list(Path(tmp_path).glob("*.sqlite"))


@pytest.mark.parametrize(("value", "skipped"), [("0.0001", True), ("0.01", False)])
def test_a_small_limit_skips_whole_files_and_streams_jsonl(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, skipped: bool) -> None:
    body = "The ferry sailed on 3 May 2024 and returned the next day. " * 4
    (tmp_path / "small.txt").write_text(f"Ferry news\n\n{body}\n")
    (tmp_path / "lines.jsonl").write_text("".join(f'{{"id": "l{i}", "text": "{body}"}}\n'
                                                  for i in range(60)))
    assert main(["articles", str(tmp_path), "--max-size", value, "--json"]) == 0
    out, err = capsys.readouterr()
    ids = [line.split('"')[3] for line in out.splitlines() if line.startswith('    "id"')]
    assert ids[:60] == [f"l{i}" for i in range(60)]
    assert ("small" not in ids) is skipped
    assert ("small.txt: file is" in err and "larger than the" in err) is skipped


def test_other_usage_errors_are_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export", "--sentences", "0"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "dateline: argument --sentences: '0' is not a whole number of 1 or more; "
        "see dateline export --help"]

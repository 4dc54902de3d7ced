"""The console command: exit codes, stdout and the one-line errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.cli.parser import normalise_argv


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None):
    """Run ``dateline`` as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, cwd=cwd, input=stdin,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["open"]),
        (["samples"], ["open", "samples"]),
        (["articles", "x"], ["articles", "x"]),
        (["--debug", "articles"], ["--debug", "articles"]),
        (["--version"], ["--version"]),
        (["-"], ["open", "-"]),
    ],
)
def test_bare_paths_mean_open(argv, expected):
    assert normalise_argv(argv, {"open", "articles"}) == expected


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("dateline 0.")


@pytest.mark.parametrize("command", ["open", "articles"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert f"usage: dateline {command}" in capsys.readouterr().out


def test_missing_path_is_one_line_and_exit_2(tmp_path):
    missing = tmp_path / "nope"
    done = run("articles", str(missing))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert lines[0] == f"dateline: {missing}: no such file or directory"
    assert "Traceback" not in done.stderr.decode()


def test_one_bad_file_is_skipped_and_the_rest_load(tmp_path):
    (tmp_path / "good.txt").write_text("Port strike ends\n\nThe strike ended on Friday.\n")
    (tmp_path / "bad.json").write_text('{"title": "x", "text": ')
    done = run("articles", "--json", str(tmp_path))
    assert done.returncode == 0
    rows = json.loads(done.stdout)
    assert [r["title"] for r in rows] == ["Port strike ends"]
    assert done.stderr.decode().startswith(f"dateline: {tmp_path / 'bad.json'}: ")
    assert len(done.stderr.decode().strip().splitlines()) == 1


def test_stdin_json(tmp_path):
    record = {"title": "Floods reach Kelvan", "date": "2024-05-04",
              "text": "Water rose overnight. Residents left."}
    done = run("articles", "--json", "-", stdin=json.dumps(record).encode())
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert row["title"] == "Floods reach Kelvan"
    assert row["published"].startswith("2024-05-04")
    assert row["sentences"] == 2


def test_samples_table_lists_every_article():
    done = run("articles", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) >= 12
    assert all(r["sentences"] > 0 for r in rows)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[[era]]\nname = "x"\n', "era #1 is malformed"),
        ("not toml [", "Expected '=' after a key"),
    ],
)
def test_bad_eras_file_is_one_line(tmp_path, content, problem):
    eras = tmp_path / "eras.toml"
    eras.write_text(content)
    done = run("tag", "--eras", str(eras), str(tmp_path))
    assert done.returncode == 2
    [line] = done.stderr.decode().strip().splitlines()
    assert line.startswith(f"dateline: {eras}: ") and problem in line


def test_tag_json_resolves_against_given_dct(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Dockers walk out\n\nDockers walked out yesterday, Friday, at the port.\n")
    done = run("tag", "--format", "json", "--dct", "2024-05-04", str(story))
    assert done.returncode == 0, done.stderr
    [article] = json.loads(done.stdout)
    assert article["dct"]["value"] == "2024-05-04" and article["dct"]["source"] == "given"
    [mention] = article["mentions"]
    text = story.read_text()
    assert text[mention["start"]:mention["end"]] == "yesterday, Friday"
    assert mention["value"] == "2024-05-03"


def test_export_to_file_is_atomic_and_says_where(tmp_path):
    out = tmp_path / "brief.md"
    done = run("export", "-o", str(out), "--top", "3", "--sentences", "1")
    assert done.returncode == 0, done.stderr
    assert f"dateline: wrote {out}" in done.stderr.decode()
    text = out.read_text()
    assert text.startswith("# Timeline briefing\n")
    assert text.count("\n## ") >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_export_rejects_unknown_summarizer_and_bad_dates():
    done = run("export", "--summarizer", "nope")
    assert done.returncode == 2
    assert "unknown summarizer 'nope'" in done.stderr.decode()
    done = run("export", "--from", "yesterday")
    assert done.returncode == 2
    assert "'yesterday' is not a date (use YYYY-MM-DD)" in done.stderr.decode()


def test_export_opens_with_a_mermaid_timeline_unless_no_diagram(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Harbour shut\nPublished: 4 May 2024\n\nDockers walked out yesterday. "
                     "Talks resume on Monday.\n", encoding="utf-8")
    assert main(["export", str(story), "--no-index"]) == 0
    with_diagram = capsys.readouterr().out
    assert main(["export", str(story), "--no-index", "--no-diagram"]) == 0
    without = capsys.readouterr().out
    block = ("```mermaid\ntimeline\n    title Timeline briefing\n"
             "    Fri 3 May 2024 : Dockers walked out yesterday.\n"
             "    Sat 4 May 2024 : Harbour shut\n"
             "    Mon 6 May 2024 : Talks resume on Monday.\n```\n\n")
    assert block in with_diagram
    assert with_diagram.replace(block, "") == without

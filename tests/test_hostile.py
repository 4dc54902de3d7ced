"""Every kind of hostile or faulty input of the hardening issue (18), through ``articles``,
``tag``, ``export`` and ``index`` as a user runs them: the exit status is 0 or 2, never 1;
every line on stderr is ``dateline: <escaped path>: <message>`` (or ``dateline: <message>``
for the whole run); the good records of a file with bad ones all load; and a file that was
there before a failed run is left as it was.

One folder holds every kind of bad file beside good ones, and each command reads it once in
a subprocess (as a user would, with a strict UTF-8 standard output); option-level and
target-level cases run in-process through ``main``. All fixtures are written by the test."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from summarize.safe_text import shown_path
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEEP = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
STORY = "The harbour pilots walked out on Monday, 3 May 2021, and talks resumed the next day."
#: Lines that speak for the whole run rather than one input.
WHOLE_RUN = ("wrote ", "no articles could be loaded", "--dct ", "--from ", "argument ",
             "unrecognized ", "unknown summarizer ")


def record(rid: str, **extra: object) -> dict:
    return {"id": rid, "title": f"Pilots {rid}", "text": f"{STORY} ({rid})",
            "published": "2021-05-04", **extra}


#: Every record or file below that is good, by the id it loads as.
GOOD_IDS = {"plain", "caf", "late", "early", "l1", "l4", "a1", "a5", "same", "same~2", "same-2",
            "stray", "utf16", "nostops", "p|q", "[notice](https://evil.example/x)", "e1",
            "f1"}


def build(root: Path) -> tuple[Path, list[str]]:
    """The hostile corpus: a folder of good and bad files, and the extra paths given with it
    on the command line. Returns (folder, command-line paths)."""
    news = root / "news"
    news.mkdir()
    (news / "plain.txt").write_text(f"Pilots strike\n\n{STORY}\n")
    # 1: a name that is not UTF-8; 10: a name made to forge a second report
    (Path(os.fsdecode(os.fsencode(news) + b"/caf\xe9-\xff\xfe.txt"))
     ).write_text(f"Pilots talk\n\n{STORY}\n")
    (news / "notes\ndateline: plain.txt: deleted.txt").write_text("")
    # 3: publication dates at the ends of the calendar
    (news / "late.md").write_text(f"---\ntitle: Late\npublished: 9999-12-31\n---\n{STORY}\n")
    (news / "early.md").write_text(f"---\ntitle: Early\npublished: 0001-01-01\n---\n{STORY}\n")
    # 9: JSON Lines with a line nested too deep and one that is not JSON, good lines around
    deep_line = '{"text": "x", "tags": ' + "[" * 5000 + "]" * 5000 + "}"
    (news / "mixed.jsonl").write_text("\n".join([json.dumps(record("l1")), deep_line,
                                                 "not json at all", json.dumps(record("l4"))]))
    # 22 and 19: a JSON array with bad records between good ones (a number as text, as date)
    (news / "array.json").write_text(json.dumps([
        record("a1"), "a string", {"id": "a3", "text": 12345}, {"id": "a4", "text": ""},
        record("a5", published=12345)]))
    # 12: duplicate ids
    (news / "dupes.json").write_text(json.dumps([record("same"), record("same"),
                                                 record("same-2")]))
    # 11: three stray bytes in UTF-8; 17: UTF-16 without a byte-order mark
    (news / "stray.txt").write_bytes(f"Pilots café\n\n{STORY} Déjà vu.\n".encode()
                                     .replace(b"vu", b"v\xff\xfe\xfdu"))
    (news / "utf16.txt").write_bytes(f"Pilots again\n\n{STORY}\n".encode("utf-16-le"))
    # 13: fields that would be Markdown
    (news / "inject.json").write_text(json.dumps([
        record("[notice](https://evil.example/x)", source="![](https://evil.example/px.png)"),
        record("p|q")]))
    # 14: feeds with entities left unexpanded, an entity bomb and an external entity
    (news / "entities.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel>'
        "<title>Quay Post</title><item><guid>e1</guid><title>Pilots &lol9; and &xxe;</title>"
        f"<description>{STORY}</description><pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate>"
        "</item></channel></rss>\n")
    (news / "nothing.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel>'
                                      "<title>Empty</title></channel></rss>")
    (news / "feed.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f"<entry><id>f1</id><title>Pilots</title><content>{STORY}</content>"
        "<updated>2021-05-04T10:00:00Z</updated></entry></feed>")
    # 7 (small): a schedule without full stops
    (news / "nostops.txt").write_text("Schedule\n\n" + "ferry at 9 then the pilots meet on "
                                      "3 May 2021 then talks " * 300 + "\n")
    # already handled before the issue, kept honest here
    (news / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (news / "empty.txt").write_text("")
    (news / "broken.html").write_text("<html><body><p>")
    (news / "half.json").write_text('{"title": "half a record", "text": ')
    with open(news / "sparse.txt", "wb") as handle:  # 60 MB that take no disk space
        handle.truncate(60 * 1024 * 1024)
    os.mkfifo(news / "pipe.txt")
    (news / "loop").symlink_to(news / "loop")
    (news / "up").symlink_to("..")
    extra = root / "extra"
    extra.mkdir()
    (extra / "deep").write_bytes(DEEP)  # 2: deep JSON in a file without extension
    os.mkfifo(extra / "glob-pipe.txt")  # 16: a FIFO matched by a glob
    (extra / "self").symlink_to(extra / "self")  # 16: a symlink loop given directly
    return news, [str(news), str(extra / "deep"), str(extra / "self"),
                  f"{extra}/*.txt", str(root / "missing")]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs (POSIX)")
    return build(tmp_path_factory.mktemp("hostile"))


def known_paths(root: Path, args: Iterable[str]) -> set[str]:
    """Every path a report may name, as reports show it."""
    found = {shown_path(a) for a in args}
    for folder, dirs, files in os.walk(os.fsencode(root), followlinks=False):
        for name in [*dirs, *files]:
            found.add(shown_path(os.path.join(folder, name)))
        found.add(shown_path(folder))
    return found | {"<stdin>"}


def assert_one_line_each(err: str, known: set[str]) -> None:
    """Every stderr line is ``dateline: <one of the paths>: <message>`` or a whole-run line,
    printable (nothing forged, nothing undecodable)."""
    for line in err.splitlines():
        assert line.isprintable(), line
        assert line.startswith("dateline: "), line
        rest = line.removeprefix("dateline: ")
        assert rest.startswith(WHOLE_RUN) or any(rest.startswith(f"{k}: ") for k in known), line
        assert "internal error" not in line and "Traceback" not in line, line


def run(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run([sys.executable, "-m", "tui", *argv], capture_output=True, cwd=cwd,
                          env=env, timeout=300)


def loaded_ids(out: bytes, key: str) -> set[str]:
    return {row[key] for row in json.loads(out.decode("utf-8"))}


@pytest.mark.parametrize("command", ["articles", "tag", "export", "index"])
def test_every_kind_at_once(hostile: tuple[Path, list[str]], command: str) -> None:
    news, args = hostile
    root = news.parent
    argv = {"articles": ["articles", "--json"], "tag": ["tag", "--format", "json"],
            "export": ["export", "--format", "json", "--no-diagram"],
            "index": ["index", "--index", str(root / f"{command}.sqlite")]}[command]
    done = run(*argv, *args, cwd=ROOT)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 0, err
    assert_one_line_each(err, known_paths(root, args))
    forged = [line for line in err.splitlines() if "deleted" in line]
    assert forged and all(line.startswith(f"dateline: {shown_path(news)}/notes\\ndateline")
                          for line in forged)
    if command == "articles":
        assert loaded_ids(done.stdout, "id") >= GOOD_IDS
        assert "a3" not in loaded_ids(done.stdout, "id")
    elif command == "tag":
        assert loaded_ids(done.stdout, "article") >= GOOD_IDS
    elif command == "export":
        briefing = json.loads(done.stdout.decode("utf-8"))
        assert {a["id"] for a in briefing["articles"]} >= GOOD_IDS
    else:
        assert done.stdout.decode("utf-8").startswith("indexed ")
        with sqlite3.connect(root / "index.sqlite") as conn:
            ids = {i for (i,) in conn.execute("SELECT id FROM articles")}
        conn.close()
        assert ids >= GOOD_IDS


@pytest.mark.parametrize(("data", "status"), [
    (DEEP, 2), (b"[" * 100_000 + b"]" * 100_000, 2), (b"\x00\x01binary\x00" * 40, 2),
    (b'{"id": "s1", "text": "The pilots met on 3 May 2021."}\nnot json\n', 0)],
    ids=["deep-object", "deep-array", "binary", "jsonl"])
@pytest.mark.parametrize("command", [["articles"], ["tag"], ["export", "--format", "json"]])
def test_standard_input(capsys, monkeypatch: pytest.MonkeyPatch, data: bytes, status: int,
                        command: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    got, err = in_process(capsys, *command, "-")
    assert got == status, err
    assert_one_line_each(err, {"<stdin>"})


def in_process(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        status = main(list(argv))
    except SystemExit as stop:  # usage errors
        status = int(stop.code or 0)
    return status, capsys.readouterr().err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "plain.txt").write_text(f"Pilots strike\n\n{STORY}\n")
    return news


@pytest.mark.parametrize("options", [
    ["--max-size", "nan"], ["--max-size", "-5"], ["--max-size", "0"], ["--max-size", "inf"],
    ["--dct", "2021-02-30"], ["--from", "2021-05-04", "--to", "2021-05-01"],
    ["--sentences", "0"], ["--summarizer", "nope"],
])
def test_bad_options_are_one_line_and_exit_2(small: Path, capsys, options) -> None:
    status, err = in_process(capsys, "export", str(small), "--no-index", *options)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert_one_line_each(err, set())


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("command", ["articles", "tag", "export", "index"])
def test_dct_at_the_ends_of_the_calendar(small: Path, capsys, tmp_path: Path, day: str,
                                         command: str) -> None:
    extra = {"articles": [], "tag": ["--dct", day], "export": ["--dct", day, "--no-index"],
             "index": ["--dct", day, "--index", str(tmp_path / "i.sqlite")]}[command]
    status, err = in_process(capsys, command, str(small), *extra)
    assert status == 0
    assert_one_line_each(err, set())


@pytest.mark.parametrize("given", ["newdir/", "missing/brief.md", "news"])
def test_a_bad_target_fails_before_work_and_touches_nothing(small: Path, capsys,
                                                            given: str) -> None:
    before = sorted(p.name for p in small.parent.iterdir())
    status, err = in_process(capsys, "export", str(small), "-o", f"{small.parent}/{given}")
    assert status == 2 and len(err.splitlines()) == 1
    assert_one_line_each(err, {shown_path(f"{small.parent}/{given}")})
    assert sorted(p.name for p in small.parent.iterdir()) == before


def test_a_failed_export_leaves_the_old_output(small: Path, capsys) -> None:
    out = small.parent / "brief.md"
    out.write_text("last week's briefing\n")
    stale = small.parent / ".brief.md.a1b2c3d4.tmp"  # left by a killed export
    stale.write_text("half")
    status, err = in_process(capsys, "export", str(small.parent / "nothing-here"), "-o",
                             str(out))
    assert status == 2
    assert_one_line_each(err, {shown_path(small.parent / "nothing-here")})
    assert out.read_text() == "last week's briefing\n"
    assert in_process(capsys, "export", str(small), "--no-index", "-o", str(out))[0] == 0
    assert not stale.exists() and "Pilots" in out.read_text()


def others_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
        conn.executemany("INSERT INTO recipes VALUES (?, ?)",
                         [(f"dish {i}", "stir " * 300) for i in range(60)])
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])  # and damaged


@pytest.mark.parametrize("make", [others_database, lambda p: p.write_text("my notes\n")])
@pytest.mark.parametrize("command", ["export", "index"])
def test_someone_else_s_file_as_the_index_is_never_touched(small: Path, capsys, make,
                                                           command: str) -> None:
    target = small.parent / "theirs.db"
    make(target)
    before = target.read_bytes()
    status, err = in_process(capsys, command, str(small), "--index", str(target))
    assert status == 2
    assert_one_line_each(err, {shown_path(target)})
    assert target.read_bytes() == before
    assert sorted(p.name for p in small.parent.iterdir()) == ["news", "theirs.db"]


def test_a_previous_index_survives_a_run_that_finds_nothing(small: Path, capsys) -> None:
    index = small.parent / "i.sqlite"
    assert in_process(capsys, "index", str(small), "--index", str(index))[0] == 0
    with sqlite3.connect(index) as conn:
        before = conn.execute("SELECT id, hash FROM articles").fetchall()
    conn.close()
    status, err = in_process(capsys, "index", str(small.parent / "nwes"), "--index", str(index))
    assert status == 2
    assert_one_line_each(err, {shown_path(small.parent / "nwes")})
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT id, hash FROM articles").fetchall() == before
    conn.close()

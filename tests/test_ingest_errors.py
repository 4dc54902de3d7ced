"""Bad input never raises: each case becomes an exact ``dateline: PATH: message`` problem."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from summarize.ingest import load_paths, read_bytes, read_file
from summarize.ingest.load import size_text, too_big

FIX = Path(__file__).parent / "fixtures" / "ingest"

BAD_FILES = [
    ("empty.txt", [("empty file", "error")], 0),
    ("blank.md", [("empty file", "error")], 0),
    ("binary.txt", [("binary file, not an article", "error")], 0),
    ("boilerplate.txt", [("no article text (only boilerplate lines)", "error")], 0),
    ("bad.json", [("invalid JSON (Expecting ',' delimiter at line 2 column 1)", "error")], 0),
    ("nav_only.html", [("HTML page has no main text", "error")], 0),
    ("empty_feed.rss", [("feed has no entries", "error")], 0),
    ("not_a_feed.xml", [("not an RSS or Atom feed", "error")], 0),
    ("cp1252.txt", [("not valid UTF-8; decoded as cp1252", "warning")], 1),
    ("bad_front_matter.md", [
        ("front matter is not valid YAML (expected ',' or ']', but got '<stream end>'); ignored",
         "warning")], 1),
    # the bad line is named and skipped; the good lines load
    ("records.jsonl", [
        ("line 4: invalid JSON (Expecting ',' delimiter at column 38); line skipped", "error"),
        ("line 5: no text field (expected one of text, body, content)", "error"),
    ], 3),
    ("list.json", [
        ("record 2: no text field (expected one of text, body, content)", "error"),
        ("record 4: not a JSON object; skipped", "error"),
    ], 3),
    ("feed.rss", [("entry 3: no text (no content or summary); skipped", "error")], 2),
]


@pytest.mark.parametrize(("name", "expected", "loaded"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_problems(name, expected, loaded):
    path = FIX / name
    articles, problems = read_file(path)
    assert [(p.path, p.message, p.severity) for p in problems] == [
        (str(path), message, severity) for message, severity in expected]
    assert len(articles) == loaded


def test_problem_string_names_path_and_message():
    path = FIX / "empty.txt"
    _, [problem] = read_file(path)
    assert str(problem) == f"dateline: {path}: empty file"


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article type
    missing = str(tmp_path / "nope.txt")
    result = load_paths([missing, str(tmp_path / "empty")])
    assert [str(p) for p in result.problems] == [
        f"dateline: {missing}: no such file or directory",
        f"dateline: {tmp_path / 'empty'}: no articles found in this folder",
    ]
    assert result.articles == []


def test_one_bad_file_among_many_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("First article body.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00\x00binary")
    (tmp_path / "c.json").write_text('{"text": "Third article."}')
    result = load_paths([str(tmp_path)])
    assert [a.text.strip() for a in result.articles] == ["First article body.", "Third article."]
    assert [str(p) for p in result.errors] == [
        f"dateline: {tmp_path / 'b.txt'}: binary file, not an article"]


def test_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 3000)
    articles, problems = read_file(path, max_bytes=1024)
    assert articles == []
    assert [str(p) for p in problems] == [
        f"dateline: {path}: file is 2.9 KB, larger than the 1 KB limit "
        "(raise it with --max-size)"]


def test_jsonl_over_the_limit_is_still_streamed(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Article number {i}."}) for i in range(1, 51)]
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size > 1000
    articles, problems = read_file(path, max_bytes=100)
    assert problems == []
    assert len(articles) == 50
    assert (articles[-1].id, articles[-1].text, articles[-1].origin) == (
        "n50", "Article number 50.", f"{path}:line 50")


def test_stdin_over_the_limit():
    result = load_paths(["-"], stdin=io.BytesIO(b"Some text. " * 100), max_bytes=100)
    assert [str(p) for p in result.problems] == [
        "dateline: <stdin>: input is larger than the 100 bytes limit (raise it with --max-size)"]


def test_jsonl_on_stdin_over_the_limit_is_still_streamed():
    data = b"".join(b'{"text": "Record %d."}\n' % i for i in range(1, 21))
    result = load_paths(["-"], stdin=io.BytesIO(data), max_bytes=50)
    assert result.problems == []
    assert [a.text for a in result.articles][-1] == "Record 20."
    assert len(result.articles) == 20


@pytest.mark.parametrize(("size", "exact", "expected"), [
    (80 * 1024 * 1024, False, "80.0 MB"),
    (50 * 1024 * 1024, True, "50 MB"),
    (int(1.5 * 1024 * 1024), True, "1.5 MB"),
    (2048, False, "2.0 KB"),
    (100, True, "100 bytes"),
])
def test_size_text(size, exact, expected):
    assert size_text(size, exact=exact) == expected


def test_too_big_message_matches_the_cli_wording():
    assert too_big(80 * 1024 * 1024, 50 * 1024 * 1024) == (
        "file is 80.0 MB, larger than the 50 MB limit (raise it with --max-size)")


def test_many_invalid_jsonl_lines_are_summarised():
    data = b"".join(b"not json %d\n" % i for i in range(1, 14)) + b'{"text": "Good."}\n'
    articles, problems = read_bytes(data, "x.jsonl")
    assert [a.text for a in articles] == ["Good."]
    assert len(problems) == 11
    assert problems[0].message == (
        "line 1: invalid JSON (Expecting value at column 1); line skipped")
    assert problems[-1].message == "3 more invalid JSON lines skipped"


@pytest.mark.parametrize(("data", "message"), [
    (b'"just a string"', "JSON is not an object or a list of objects"),
    (b"[]", "no records found"),
    (b'[{"text": ""}]', "record 1: empty text; skipped"),
    (b'{"title": "x"}', "no text field (expected one of text, body, content)"),
    # a JSON file that is not articles at all: one message, not one per record
    (b'[{"title": "x"}, {"title": "y"}, {"title": "z"}]',
     "no record has a text field (expected one of text, body, content)"),
])
def test_json_shapes_without_articles(data, message):
    articles, problems = read_bytes(data, "x.json")
    assert articles == []
    assert [p.message for p in problems] == [message]


def test_unreadable_record_date_is_a_warning_and_the_record_loads():
    data = b'[{"text": "Body.", "date": "sometime soon"}]'
    [article], [problem] = read_bytes(data, "x.json")
    assert article.published is None
    assert (problem.message, problem.severity) == (
        "record 1: cannot read the date 'sometime soon'; no publication date", "warning")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Hidden text.")
    path.chmod(0)
    try:
        _, problems = read_file(path)
    finally:
        path.chmod(0o600)
    assert [str(p) for p in problems] == [f"dateline: {path}: permission denied"]


def test_loading_never_modifies_the_files():
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in FIX.iterdir()}
    load_paths([str(FIX)])
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in FIX.iterdir()} == before


@pytest.mark.parametrize("data", [
    b"<", b"<html", b"<rss", b"{", b"[", b"---\n", b"---\n: :\n---\n", b"\xff\xfe", b"\xef\xbb\xbf",
    b"<?xml version='1.0'?><rss><channel><item><title>x</title></item></channel></rss>",
    b"<html><body><p>" + b"word " * 20 + b"</p></body></html>",
])
def test_odd_bytes_never_raise(data):
    articles, problems = read_bytes(data, "<stdin>")
    assert articles or problems

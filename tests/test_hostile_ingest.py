"""Hostile input at the ingestion edge: each case is one exact problem line, the rest loads.

Items of the hardening issue, by number: 2 (deep JSON while sniffing), 9 (a deep JSON line),
10 (control characters in paths), 11 (stray bytes in UTF-8), 12 (duplicate ids), 14 (feed
entities, numbers as dates), 16 (folders, FIFOs, symlinks), 17 (UTF-16 without a BOM),
19 (JSON messages), 22 (JSON arrays streamed record by record).
"""

from __future__ import annotations

import ast
import io
import json
import os
import stat
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.ingest import discover, load_paths, read_bytes, read_file
from summarize.ingest.decode import decode_text
from summarize.ingest.json_stream import stream_json
from summarize.ingest.records import parse_json
from summarize.ingest.sniff import sniff_format
from summarize.models import Problem
from summarize.safe_text import shown_path, shown_text

DEPTH = 100_000
DEEP_OBJECT = b'{"a":' * DEPTH + b"1" + b"}" * DEPTH
DEEP_ARRAY = b"[" * DEPTH + b"]" * DEPTH
TOO_DEEP = "JSON nested too deeply to read"


def one_line(problem: Problem) -> bool:
    return len(str(problem).splitlines()) == 1


# ---- 2. deep JSON is sniffed safely; the file gets one problem, the others load --------------


def test_sniffing_deep_json_does_not_raise():
    assert sniff_format(DEEP_OBJECT[:64 * 1024]) == "json"
    assert sniff_format(DEEP_ARRAY[:64 * 1024]) == "json"


def test_deep_json_without_extension_among_good_files(tmp_path):
    (tmp_path / "a.txt").write_text("First article body.\n")
    (tmp_path / "deep").write_bytes(DEEP_OBJECT)
    (tmp_path / "c.json").write_text('{"id": "c", "text": "Third article."}')
    paths = [str(tmp_path / n) for n in ("a.txt", "deep", "c.json")]
    result = load_paths(paths)
    assert [(a.id, a.text.strip()) for a in result.articles] == [
        ("a", "First article body."), ("c", "Third article.")]
    assert result.problems == [Problem(str(tmp_path / "deep"), TOO_DEEP)]


@pytest.mark.parametrize(("data", "message"), [
    (DEEP_OBJECT, TOO_DEEP),
    (DEEP_ARRAY, f"record 1: {TOO_DEEP}; skipped"),
], ids=["object", "array"])
def test_deep_json_on_stdin(data, message):
    result = load_paths(["-"], stdin=io.BytesIO(data))
    assert result.articles == []
    assert result.problems == [Problem("<stdin>", message)]


def test_deep_record_in_an_array_is_skipped_and_the_others_load():
    deep = b'{"text": "Deep.", "tags": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    data = b'[{"text": "One."}, ' + deep + b', {"text": "Three."}]'
    articles, problems = read_bytes(data, "x.json")
    assert [(a.id, a.text) for a in articles] == [("x#1", "One."), ("x#3", "Three.")]
    assert problems == [Problem("x.json", f"record 2: {TOO_DEEP}; skipped")]


def test_deep_values_in_a_record_that_json_can_parse_do_not_break_it():
    # 300 levels: within what json.loads reads, too deep for naive recursion over fields
    deep = "[" * 300 + '"x"' + "]" * 300
    data = f'{{"text": "Body.", "title": {deep}, "date": {deep}, "author": {deep}}}'
    [article], problems = read_bytes(data.encode(), "x.json")
    assert (article.text, article.title, article.byline) == ("Body.", "", "")
    assert problems == [Problem(
        "x.json", "cannot read the date (a list); no publication date", "warning")]


# ---- 9. a JSON Lines line nested too deep is skipped by number ------------------------------


def test_jsonl_line_nested_too_deep_is_skipped_by_number(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b'{"id": "r1", "text": "One."}\n' + DEEP_OBJECT + b'\n'
                     b'{"id": "r3", "text": "Three."}\n')
    articles, problems = read_file(path)
    assert [(a.id, a.text, a.origin) for a in articles] == [
        ("r1", "One.", f"{path}:line 1"), ("r3", "Three.", f"{path}:line 3")]
    assert problems == [Problem(str(path), f"line 2: {TOO_DEEP}; line skipped")]


# ---- 10. paths are shown on one line, escaped visibly and unambiguously ----------------------

SHOWN = [
    ("news/day 73.txt", "news/day 73.txt"),
    ("café/naïve – 日本.txt", "café/naïve – 日本.txt"),
    ("a\nb", "a\\nb"),
    ("a\rb\tc", "a\\rb\\tc"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("nul\x00del\x7f", "nul\\x00del\\x7f"),
    ("c1\x85\x9b", "c1\\u0085\\u009b"),
    ("line\u2028para\u2029", "line\\u2028para\\u2029"),
    ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
    ("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", "\\u202a\\u202b\\u202c\\u202d"
     "\\u2066\\u2067\\u2068\\u2069"),
    (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),  # a byte that is not UTF-8
    ("lone\ud800", "lone\\ud800"),
    # a backslash is doubled only where it would otherwise read as an escape
    ("C:\\data\\file.txt", "C:\\data\\file.txt"),
    ("a\\nb", "a\\\\nb"),
    ("a\\x41", "a\\\\x41"),
    ("a\\u202e", "a\\\\u202e"),
    ("a\\\\", "a\\\\\\"),
    ("a\\\n", "a\\\\\\n"),
    ("end\\", "end\\"),
]


@pytest.mark.parametrize(("raw", "shown"), SHOWN)
def test_shown_path(raw, shown):
    assert shown_path(raw) == shown


def test_shown_path_takes_bytes_and_path_objects():
    assert shown_path(b"caf\xe9\n.txt") == "caf\\xe9\\n.txt"
    assert shown_path(Path("dir") / "a\tb.txt") == "dir/a\\tb.txt"


def unshow(shown: str) -> str:
    """The inverse of shown_path, spelt out: it proves the escaping is unambiguous."""
    out, i = [], 0
    while i < len(shown):
        ch = shown[i]
        nxt = shown[i + 1:i + 2]
        if ch != "\\" or nxt not in ("\\", "n", "r", "t", "x", "u", "U"):
            out.append(ch)
            i += 1
        elif nxt == "\\":
            out.append("\\")
            i += 2
        elif nxt in "nrt":
            out.append({"n": "\n", "r": "\r", "t": "\t"}[nxt])
            i += 2
        elif nxt == "x":
            code = int(shown[i + 2:i + 4], 16)
            out.append(chr(code if code < 0x80 else 0xDC00 + code))
            i += 4
        else:
            width = 4 if nxt == "u" else 8
            out.append(chr(int(shown[i + 2:i + 2 + width], 16)))
            i += 2 + width
    return "".join(out)


UNSAFE_CHARS = st.sampled_from(list("\\nrtxu\n\r\t\x1b\x00\x7f\x85\u2028\u202e\u2069") +
                               [chr(0xDC80 + b) for b in (0, 0x69, 0x7F)] + ["\ud800"])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(UNSAFE_CHARS, st.characters()), max_size=30).map("".join))
def test_shown_path_round_trips_and_is_one_line(raw):
    shown = shown_path(raw)
    assert unshow(shown) == raw
    assert len(shown.splitlines()) <= 1
    assert shown.isprintable()


def test_shown_text_escapes_controls_but_keeps_backslashes():
    assert shown_text("bad \\escape\nsecond line\x1b") == "bad \\escape\\nsecond line\\x1b"


def test_problem_is_one_line_whatever_its_path_and_message():
    problem = Problem("evil\ndateline: /etc/passwd: permission denied", "bad\nthing")
    assert str(problem) == "dateline: evil\\ndateline: /etc/passwd: permission denied: bad\\nthing"
    assert one_line(problem)


def test_file_named_with_a_newline_reports_one_line(tmp_path):
    name = "x\ndateline: fake: binary file, not an article.txt"
    (tmp_path / name).write_bytes(b"\x00\x01\x02binary")
    [problem] = load_paths([str(tmp_path)]).problems
    assert str(problem) == (f"dateline: {tmp_path}/x\\ndateline: fake: binary file, not an "
                            "article.txt: binary file, not an article")


def test_safe_text_is_a_leaf_module():
    import summarize.safe_text as module

    tree = ast.parse(Path(module.__file__).read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}


# ---- 11. a few stray bytes in UTF-8 are replaced, not a reason to read cp1252 ---------------

UTF8_TEXT = ("Genève — Les élèves du lycée ont défilé jeudi. Le préfet a évoqué une journée "
             "très calme ; les cafés étaient pleins et la sérénité régnait à l'hôtel de ville.")


def test_stray_bytes_in_utf8_are_replaced_and_counted():
    data = (UTF8_TEXT.encode().replace(b"jeudi", b"jeu\x92di").replace(b"calme", b"cal\xffme")
            + b"\xe9\n")
    [article], problems = read_bytes(data, "x.txt")
    assert "Les élèves du lycée" in article.text and "Ã" not in article.text
    assert article.text.count("\ufffd") == 3
    assert problems == [Problem("x.txt", "3 bytes are not valid UTF-8; replaced with U+FFFD",
                                "warning")]


def test_one_stray_byte_is_singular():
    [article], problems = read_bytes(UTF8_TEXT.encode() + b" \x80", "x.txt")
    assert article.text.endswith("ville. \ufffd")
    assert [p.message for p in problems] == ["1 byte is not valid UTF-8; replaced with U+FFFD"]


def test_a_real_cp1252_file_is_still_read_as_cp1252():
    [article], problems = read_bytes(UTF8_TEXT.encode("cp1252", "replace"), "x.txt")
    assert "Les élèves du lycée" in article.text
    assert [p.message for p in problems] == ["not valid UTF-8; decoded as cp1252"]


def test_stray_byte_in_a_jsonl_line_is_replaced():
    line = json.dumps({"text": UTF8_TEXT}, ensure_ascii=False).encode()
    data = line + b"\n" + line.replace(b"jeudi", b"jeu\xe9di") + b"\n"
    articles, problems = read_bytes(data, "x.jsonl")
    assert [a.text.count("\ufffd") for a in articles] == [0, 1]
    assert "élèves" in articles[1].text
    assert problems == [Problem("x.jsonl", "1 byte is not valid UTF-8; replaced with U+FFFD",
                                "warning")]


# ---- 12. duplicate ids: warned, and renamed to ids no user can have given --------------------


def test_duplicate_ids_in_one_file_never_take_a_given_id():
    data = json.dumps([{"id": "same", "text": "One."}, {"id": "same", "text": "Two."},
                       {"id": "same-2", "text": "Three."}]).encode()
    articles, problems = read_bytes(data, "x.json")
    assert [a.id for a in articles] == ["same", "same~2", "same-2"]
    assert problems == [Problem(
        "x.json", "record 2: id 'same' is already used by record 1; renamed to 'same~2'",
        "warning")]


def test_duplicate_ids_across_files_never_take_a_given_id(tmp_path):
    for name, record_id in (("a.json", "same"), ("b.json", "same"), ("c.json", "same-2")):
        (tmp_path / name).write_text(json.dumps({"id": record_id, "text": f"From {name}."}))
    result = load_paths([str(tmp_path)])
    assert [(a.id, a.text) for a in result.articles] == [
        ("same", "From a.json."), ("same~2", "From b.json."), ("same-2", "From c.json.")]
    assert result.problems == [Problem(
        str(tmp_path / "b.json"),
        f"id 'same' is already used by {tmp_path / 'a.json'}; renamed to 'same~2'", "warning")]


def test_renamed_ids_stay_unique_when_files_rename_their_own(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "x", "text": "A1."},
                                                 {"id": "x", "text": "A2."}]))
    (tmp_path / "b.json").write_text(json.dumps([{"id": "x", "text": "B1."},
                                                 {"id": "x", "text": "B2."}]))
    result = load_paths([str(tmp_path)])
    assert [a.id for a in result.articles] == ["x", "x~2", "x~3", "x~4"]
    # each file's own renames come with the file, then those against earlier files
    assert [p.message for p in result.problems] == [
        "record 2: id 'x' is already used by record 1; renamed to 'x~2'",
        "record 2: id 'x' is already used by record 1; renamed to 'x~2'",
        f"record 1: id 'x' is already used by {tmp_path / 'a.json'}#1; renamed to 'x~3'",
        f"record 2: id 'x~2' is already used by {tmp_path / 'a.json'}#2; renamed to 'x~4'",
    ]
    assert all(p.severity == "warning" for p in result.problems)


def test_a_given_id_cannot_look_generated():
    [article], _ = read_bytes(b'{"id": "a~2", "text": "Body."}', "x.json")
    assert article.id == "a%7E2"


# ---- 14. feeds: unexpanded entities dropped; numbers read as dates only when plausible -------

ENTITY_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol9 "&lol2;&lol2;">
 <!ENTITY xxe SYSTEM "file:///etc/hostname">
]>
<rss version="2.0"><channel><title>Wire &lol9;</title>
<item><title>Port &lol9; strike</title><description>Dockers walked out. &xxe;</description>
<guid>a1</guid></item>
<item><title>Only entities</title><description>&lol9;&xxe;</description><guid>a2</guid></item>
<item><title>Fish &amp; chips &#8212; &copy;</title>
<description>Prices rose&nbsp;again.</description><guid>a3</guid></item>
</channel></rss>"""


def test_unexpanded_feed_entities_are_dropped():
    articles, problems = read_bytes(ENTITY_FEED, "wire.rss")
    assert [(a.id, a.title, a.text, a.source) for a in articles] == [
        ("a1", "Port strike", "Dockers walked out.", "Wire"),
        ("a3", "Fish & chips — ©", "Prices rose\xa0again.", "Wire"),
    ]
    assert problems == [
        Problem("wire.rss", "undefined entity references removed (&lol9;, &xxe;)", "warning"),
        Problem("wire.rss", "entry 2: no text (no content or summary); skipped"),
    ]


@pytest.mark.parametrize(("value", "published"), [
    (1714814400, datetime(2024, 5, 4, 9, 20, tzinfo=UTC)),
    (1714814400000, datetime(2024, 5, 4, 9, 20, tzinfo=UTC)),
    (1714814400.5, datetime(2024, 5, 4, 9, 20, 0, 500000, tzinfo=UTC)),
    ("1714814400", datetime(2024, 5, 4, 9, 20, tzinfo=UTC)),
    (631152000, datetime(1990, 1, 1, tzinfo=UTC)),
    ("2024-05-04", datetime(2024, 5, 4)),
])
def test_plausible_unix_times_are_read(value, published):
    [article], problems = read_bytes(json.dumps({"text": "Body.", "published": value}).encode(),
                                     "x.json")
    assert (article.published, problems) == (published, [])


@pytest.mark.parametrize("value", [12345, 2024, 123456789, 0, -1714814400, 10**40, 4102444800])
def test_implausible_numbers_are_not_dates(value):
    [article], problems = read_bytes(json.dumps({"text": "Body.", "published": value}).encode(),
                                     "x.json")
    assert article.published is None
    assert problems == [Problem(
        "x.json", f"cannot read the date {value} (a number, but not a Unix time in 1990–2100); "
                  "no publication date", "warning")]


# ---- 16. folders, FIFOs and symbolic links: every skip is reported -------------------------


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Readable article.")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Hidden article.")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(tmp_path / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_paths([str(tmp_path)])
    assert [a.text for a in result.articles] == ["Readable article."]
    assert result.problems == [
        Problem(str(tmp_path / "locked"), "cannot read this folder (permission denied)")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any folder")
def test_unreadable_subfolder_is_reported_for_real(tmp_path):
    (tmp_path / "a.txt").write_text("Readable article.")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Hidden article.")
    locked.chmod(0)
    try:
        result = load_paths([str(tmp_path)])
    finally:
        locked.chmod(0o700)
    assert [a.text for a in result.articles] == ["Readable article."]
    assert result.problems == [
        Problem(str(locked), "cannot read this folder (permission denied)")]


def test_unreadable_folder_given_directly(tmp_path, monkeypatch):
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(tmp_path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert discover([str(tmp_path)]) == (
        [], [Problem(str(tmp_path), "cannot read this folder (permission denied)")])


@pytest.fixture
def fifo_folder(tmp_path):
    (tmp_path / "a.txt").write_text("An article.")
    os.mkfifo(tmp_path / "pipe.txt")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe.txt").st_mode)
    return tmp_path


def test_fifo_matched_by_a_glob_is_reported_as_in_a_folder(fifo_folder):
    by_glob = load_paths([str(fifo_folder / "*.txt")])
    by_folder = load_paths([str(fifo_folder)])
    expected = [Problem(str(fifo_folder / "pipe.txt"), "not a regular file")]
    assert (by_glob.problems, by_folder.problems) == (expected, expected)
    assert [a.text for a in by_glob.articles] == [a.text for a in by_folder.articles] == [
        "An article."]


def test_symlink_loop_given_directly(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert discover([str(loop)]) == ([], [Problem(str(loop), "symbolic link loop")])


def test_broken_symlink_given_directly(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    assert discover([str(link)]) == (
        [], [Problem(str(link), "symbolic link to a missing file")])


@pytest.fixture
def up_link_tree(tmp_path):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "a.txt").write_text("Article A.")
    (news / "sub" / "b.txt").write_text("Article B.")
    (news / "sub" / "up").symlink_to("..")
    (news / "sub" / "twin").symlink_to("../..")
    return news


def test_recursive_glob_does_not_follow_links_back_into_an_ancestor(up_link_tree):
    news = up_link_tree
    started = time.process_time()
    found, problems = discover([str(news / "**" / "*.txt")])
    assert time.process_time() - started < 2
    assert found == [news / "a.txt", news / "sub" / "b.txt"]
    assert problems == [
        Problem(str(news / "sub" / "twin"), "symbolic link to an enclosing folder; not followed",
                "warning"),
        Problem(str(news / "sub" / "up"), "symbolic link to an enclosing folder; not followed",
                "warning"),
    ]


def test_folder_walk_reports_links_back_into_an_ancestor(up_link_tree):
    news = up_link_tree
    found, problems = discover([str(news)])
    assert found == [news / "a.txt", news / "sub" / "b.txt"]
    assert [p.path for p in problems] == [str(news / "sub" / "twin"), str(news / "sub" / "up")]


def test_symlinked_folder_elsewhere_is_read(tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text("Old article.")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "new.txt").write_text("New article.")
    (tmp_path / "news" / "archive").symlink_to(tmp_path / "archive")
    found, problems = discover([str(tmp_path / "news")])
    assert (found, problems) == (
        [tmp_path / "news" / "archive" / "old.txt", tmp_path / "news" / "new.txt"], [])


# ---- 17. UTF-16 without a byte-order mark -------------------------------------------------

UTF16_TEXT = "Port Valmora dockers walked out on Friday, 3 May 2024.\nThe café stayed open.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(encoding):
    [article], problems = read_bytes(UTF16_TEXT.encode(encoding), "x.txt")
    assert article.text == UTF16_TEXT
    assert problems == [Problem("x.txt", f"no byte-order mark; decoded as {encoding.upper()}",
                                "warning")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_sniffed_in_a_file_without_extension(tmp_path, encoding):
    path = tmp_path / "story"
    path.write_bytes(json.dumps({"id": "s", "text": "A story."}).encode(encoding))
    articles, problems = read_file(path)
    assert [(a.id, a.text) for a in articles] == [("s", "A story.")]
    assert [p.severity for p in problems] == ["warning"]


def test_binary_with_zero_bytes_is_still_binary():
    data = bytes(range(256)) * 4
    assert read_bytes(data, "x.txt") == ([], [Problem("x.txt", "binary file, not an article")])


def test_sixteen_bit_numbers_are_not_utf16():
    data = b"".join(n.to_bytes(2, "little") for n in range(1, 200)) * 4
    assert read_bytes(data, "x.txt") == ([], [Problem("x.txt", "binary file, not an article")])


# ---- 19. JSON messages -------------------------------------------------------------------


def test_json_error_message_says_at_once():
    _, problems = read_bytes(b'{"text": "unterminated', "x.json")
    assert [p.message for p in problems] == [
        "invalid JSON (Unterminated string starting at line 1 column 10)"]
    _, problems = read_bytes(b'{"text": "ok"}\n{"text": "unterminated\n', "x.jsonl")
    assert [p.message for p in problems] == [
        "line 2: invalid JSON (Unterminated string starting at column 10); line skipped"]


@pytest.mark.parametrize(("value", "kind"), [
    (12345, "a number"), (1.5, "a number"), (True, "true or false"), ({"a": "b"}, "an object"),
    ([1, 2], "a list of non-text values"),
])
def test_text_field_of_the_wrong_type(value, kind):
    data = json.dumps([{"text": "Good."}, {"text": value}]).encode()
    articles, problems = read_bytes(data, "x.json")
    assert [a.text for a in articles] == ["Good."]
    assert [p.message for p in problems] == [f"record 2: the text field holds {kind}, not text; "
                                             "skipped"]


def test_empty_text_is_still_called_empty():
    _, problems = read_bytes(b'[{"text": "Good."}, {"text": "  "}]', "x.json")
    assert [p.message for p in problems] == ["record 2: empty text; skipped"]


# ---- 22. JSON arrays are read record by record ---------------------------------------------


def test_array_with_a_bad_record_in_the_middle(tmp_path):
    path = tmp_path / "many.json"
    records = [{"id": f"n{i}", "text": f"Article {i}."} for i in range(1, 6)]
    records[2] = {"id": "n3", "text": 42}
    path.write_text(json.dumps(records))
    articles, problems = read_file(path)
    assert [a.id for a in articles] == ["n1", "n2", "n4", "n5"]
    assert problems == [
        Problem(str(path), "record 3: the text field holds a number, not text; skipped")]


def big_array(records: int, wrapper: str | None) -> bytes:
    items = ",\n".join(json.dumps({"id": f"r{i}", "text": f"Story {i}.", "raw": "x" * 50_000})
                       for i in range(records))
    body = f"[{items}]"
    return (f'{{"status": "ok", "{wrapper}": {body}}}' if wrapper else body).encode()


@pytest.mark.parametrize("wrapper", [None, "articles"])
def test_json_array_memory_stays_flat(tmp_path, wrapper):
    path = tmp_path / "big.json"
    path.write_bytes(big_array(100, wrapper))
    size = path.stat().st_size
    assert size > 5_000_000
    started = time.process_time()  # CPU time: a busy machine must not fail the test
    tracemalloc.start()
    try:
        articles, problems = read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.process_time() - started < 2
    assert (len(articles), problems) == (100, [])
    assert (articles[-1].id, articles[-1].text) == ("r99", "Story 99.")
    assert peak < size // 4, f"peak {peak} bytes for a {size}-byte file"


#: (file, streamed?): files streaming hands back are read whole, as before.
ORDINARY_JSON = [
    (b'[{"uid": "a1", "dct": "2010-04-20", "text": "The rig exploded."}, {"title": "x"}, "s",'
     b' {"TEXT": "Oil leaked.", "Date": "21 April 2010", "time": 1279152000}]', True),
    (b'{"status": "ok", "articles": [{"content": "<p>One</p><p>Two &amp; three</p>"},'
     b' {"article": "Plain."}], "total": 2}', True),
    (b'{"data": {"text": "not a list"}, "results": [{"body": "From results."}]}', True),
    (b'[{"id": "same", "text": "A."}, {"id": "same", "text": "B."}]', True),
    (b'[]', True),
    (b'[{"title": "x"}, {"title": "y"}]', True),
    (b'\xef\xbb\xbf[{"text": "After a BOM."}]', True),
    (b'[{"text": "caf\xc3\xa9 e\xcc\x81t\xc3\xa9", "id": "e\xcc\x81"}]', True),
    (b'[{"text": "\\u00e9t\\u00e9 e\\u0301", "id": "e\\u0301"}]', True),
    (b'[{"text": "Body.", "published": 12345}]', True),
    (b'{"items": [], "text": "A single record that has a list key too."}', False),
    (b'{"text": "One article."}', False),
    (b'[{"text": "NaN is read the old way.", "score": NaN}]', False),
    (b'[{"text": "Big number.", "n": 100000000000000000000000000}]', False),
    (b'[{"text": "Good."}, {"text": "Bad" ]', False),
    (b'{"articles": [{"text": "dup"}], "articles": [{"text": "last wins"}]}', False),
    (b'[{"text": "form\x0cfeed"}]', False),
    (b'[{"text": "x"}]\x0c', False),
    (b'[{"text": "caf\xe9"}]', False),
]


@pytest.mark.parametrize(("data", "streamed"), ORDINARY_JSON)
def test_streamed_json_reads_as_the_whole_file_did(data, streamed):
    """Streaming answers exactly as ``json.loads`` over the decoded file, or hands over."""
    whole = parse_json(decode_text(data)[0], "x.json")
    answer = stream_json(io.BytesIO(data), "x.json")
    assert answer == (whole if streamed else None)

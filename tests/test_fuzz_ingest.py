"""Fuzzing the ingestion edge: random bytes, JSON of any shape, HTML and feed fragments, odd
file names. Whatever comes in, reading never raises, every problem is one printable line, and
every article has text and an id no other article of the load has.

Derandomized with a small budget: CI runs the same examples every time, in a few seconds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from summarize.ingest import FORMATS, load_paths, read_bytes, read_file
from summarize.ingest.resources import FIELD_ALIASES, RECORD_LIST_KEYS
from summarize.ingest.sniff import FORMAT_BY_EXTENSION
from summarize.models import Article, Problem

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(articles: list[Article], problems: list[Problem]) -> None:
    """The invariants every reading of every input keeps."""
    for problem in problems:
        line = str(problem)
        assert len(line.splitlines()) == 1 and line.isprintable(), line
        assert problem.severity in ("error", "warning")
        # a parser's exception caught at the guard is a bug to fix, not a message to show
        assert not problem.message.startswith("cannot read this file"), line
    ids = [a.id for a in articles]
    assert len(set(ids)) == len(ids), ids
    for article in articles:
        assert article.text.strip()
        assert article.id and article.id.isprintable(), article.id
        for value in (article.id, article.title, article.text, article.source, article.byline):
            value.encode("utf-8")  # no lone surrogates: every field can be written out


# ---- random bytes, in every format ----------------------------------------------------------

SNIPPETS = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"text": ', b'"id": "x", ', b'"published": 12345, ', b"\n", b"\x00",
    b"\xff\xfe", b"\xef\xbb\xbf", b"\xe9", b"\xc3\xa9", b"\x92", b"<p>", b"</p>", b"&lol9;",
    b"<rss><channel><item><title>", b"<![CDATA[", b"]]>", b"---\n", b"# ", b"\\ud800",
    b"LONDON, 7 May 2022 \xe2\x80\x94 ", b"\x1b[31m", b"\xe2\x80\xae", b"\r\n", b"NaN",
])
BYTES = st.one_of(st.binary(max_size=600), st.lists(SNIPPETS, max_size=40).map(b"".join))


@FUZZ
@given(data=BYTES, fmt=st.sampled_from([None, *FORMATS]))
def test_any_bytes(data, fmt):
    check(*read_bytes(data, "input.dat", fmt=fmt))


# ---- JSON of any shape: deep, wrong types, huge numbers, NaN --------------------------------

KEYS = st.one_of(
    st.sampled_from([k for aliases in FIELD_ALIASES.values() for k in aliases]),
    st.sampled_from(RECORD_LIST_KEYS), st.text(max_size=8))
SCALARS = st.one_of(
    st.none(), st.booleans(), st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([12345, 2024, 1714814400, 1714814400000, 10**100, -1, 0]),
    st.text(max_size=40),
    st.sampled_from(["", " ", "\ud800", "a\u202eb", "x~2", "<p>Para</p>", "&lol9;",
                     "2024-05-04", "Sat, 04 May 2024 10:00:00 GMT", "Body text here."]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=25)
RECORD = st.dictionaries(KEYS, VALUES, max_size=6)


def dumps(value: object, ascii_only: bool) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def nest(inner: bytes, depth: int, kind: str) -> bytes:
    """``inner`` inside ``depth`` arrays or objects, written out (json.dumps stops near 1000)."""
    start, end = (b"[", b"]") if kind == "list" else (b'{"a": ', b"}")
    return start * depth + inner + end * depth


DEPTHS = st.sampled_from([0, 50, 1100, 20_000])
NESTING = st.sampled_from(["list", "object"])
ASCII = st.booleans()
SHALLOW = st.builds(dumps, VALUES | RECORD, ASCII)
DEEP = st.builds(nest, SHALLOW, DEPTHS, NESTING)
RECORDS = st.lists(st.builds(dumps, RECORD, ASCII) | DEEP, max_size=6).map(
    lambda parts: b"[" + b", ".join(parts) + b"]")
WRAPPED = st.builds(lambda key, records: b'{"%s": %s}' % (key.encode(), records),
                    st.sampled_from(RECORD_LIST_KEYS), RECORDS)
JSON = st.one_of(SHALLOW, DEEP, RECORDS, WRAPPED)


@FUZZ
@given(data=JSON, name=st.sampled_from(["x.json", "input"]))
def test_any_json(data, name):
    check(*read_bytes(data, name))


@FUZZ
@given(lines=st.lists(SHALLOW | DEEP, max_size=6))
def test_any_json_lines(lines):
    check(*read_bytes(b"\n".join(lines), "x.jsonl"))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=JSON)
def test_any_json_file_streamed(scratch, data):
    path = scratch / "streamed.json"
    path.write_bytes(data)
    check(*read_file(path))


# ---- HTML and feed fragments ------------------------------------------------------------------

WORDS = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
TAGS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>x()</script>", "<article>", "</article>",
    "<h1>", "</h1>", "<a href='javascript:x'>", "</a>", "&nbsp;", "&amp;", "&lol9;", "&#0;",
    "&#x110000;", "<!-- c -->", "<![CDATA[x]]>", "<meta charset='utf-16'>",
    "<time datetime='2024-05-04'>", "<html lang='\u202e'>", "<", ">",
])
HTML = st.lists(st.one_of(TAGS, WORDS), max_size=40).map("".join)


@FUZZ
@given(body=HTML)
def test_any_html(body):
    check(*read_bytes(f"<html><body>{body}</body></html>".encode(), "x.html"))


FEED_BITS = st.lists(st.one_of(st.sampled_from([
    "<item>", "</item>", "<title>", "</title>", "<description>", "</description>", "<guid>",
    "</guid>", "<pubDate>12345</pubDate>", "<pubDate>Sat, 04 May 2024 10:00:00 GMT</pubDate>",
    "&lol9;", "&xxe;", "&amp;", "&copy;", "<![CDATA[<p>x</p>]]>", "<entry>", "</entry>",
    "<content type='html'>", "</content>", "<author>", "</author>", "x~2", "\u202e",
]), WORDS), max_size=30).map("".join)
DOCTYPE = ('<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;">'
           '<!ENTITY xxe SYSTEM "file:///etc/hostname">]>')


@FUZZ
@given(channel=FEED_BITS, items=FEED_BITS, doctype=st.booleans(),
       root=st.sampled_from(["rss", "atom"]))
def test_any_feed(channel, items, doctype, root):
    if root == "rss":
        body = f'<rss version="2.0"><channel><title>{channel}</title>{items}</channel></rss>'
    else:
        body = (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{channel}</title>{items}'
                "</feed>")
    data = ('<?xml version="1.0"?>' + (DOCTYPE if doctype else "") + body).encode()
    check(*read_bytes(data, "x.rss"))


# ---- odd file names ------------------------------------------------------------------------

NAMES = st.text(st.characters(exclude_characters="/\x00", exclude_categories=["Cs"]),
                min_size=1, max_size=30).filter(lambda n: n not in (".", ".."))
UNDECODABLE = st.binary(min_size=1, max_size=8).filter(lambda b: b"/" not in b and
                                                       b"\x00" not in b)


@FUZZ
@given(name=st.one_of(NAMES, UNDECODABLE.map(os.fsdecode)),
       ext=st.sampled_from(sorted(FORMAT_BY_EXTENSION)), content=BYTES)
def test_any_file_name(scratch, name, ext, content):
    folder = scratch / "names"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    try:
        (folder / f"{name}{ext}").write_bytes(content)
    except OSError:
        assume(False)  # longer than the file system takes
    result = load_paths([str(folder)])
    check(result.articles, result.problems)

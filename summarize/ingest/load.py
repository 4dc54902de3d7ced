"""Read files, bytes and stdin into Articles; every failure becomes a Problem, never a raise."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from summarize.ingest.decode import (
    BINARY_MESSAGE,
    bom_encoding,
    decode_text,
    looks_binary,
    utf16_without_bom,
)
from summarize.ingest.discover import STDIN, discover, os_message
from summarize.ingest.ids import GivenIds, rename_duplicates
from summarize.ingest.json_stream import stream_json
from summarize.ingest.markdown import parse_markdown
from summarize.ingest.plain import parse_plain
from summarize.ingest.records import first_line, parse_json, parse_jsonl
from summarize.ingest.scraped import clean_articles
from summarize.ingest.sniff import format_from_name, normalize_format, sniff_format
from summarize.models import Article, LoadResult, Problem
from summarize.settings import DEFAULT_MAX_BYTES

STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 64 * 1024

Parsed = tuple[list[Article], list[Problem]]
_TEXT_PARSERS: dict[str, Callable[[str, str], Parsed]] = {
    "txt": parse_plain, "md": parse_markdown, "json": parse_json,
}


def load_paths(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: BinaryIO | None = None,
               on_file: Callable[[str, int, int], None] | None = None) -> LoadResult:
    """Load every article under ``paths``; ids are made unique across the whole load."""
    inputs, problems = discover(paths)

    def each() -> Iterator[tuple[str, Parsed]]:
        for item in inputs:
            if item == STDIN:
                yield STDIN_NAME, read_stream(stdin or sys.stdin.buffer, STDIN_NAME,
                                              max_bytes=max_bytes)
            else:
                yield str(item), read_file(Path(item), max_bytes=max_bytes)

    return gather(each(), len(inputs), problems, on_file)


def gather(parsed: Iterable[tuple[str, Parsed]], total: int, problems: Sequence[Problem],
           on_file: Callable[[str, int, int], None] | None = None) -> LoadResult:
    """The articles of files read in corpus order (here or on workers), ids made unique
    across all of them as they arrive (each renamed one warned about, after its file's own
    problems); ``on_file(name, done, total)`` after each file."""
    result = LoadResult(problems=list(problems))
    given = GivenIds()
    for done, (shown, (articles, found)) in enumerate(parsed, 1):
        unique, renamed = rename_duplicates(articles, given, shown)
        result.articles.extend(unique)
        result.problems.extend(found)
        result.problems.extend(renamed)
        if on_file is not None:
            on_file(shown, done, total)
    return result


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Parsed:
    """Read one file; JSON Lines stream line by line and JSON arrays record by record, other
    formats are read whole and must fit ``max_bytes`` (so must JSON)."""
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            return [], [Problem(name, "not a regular file")]
        fmt = format_from_name(name)
        if fmt in (None, "jsonl") or (fmt == "json" and size <= max_bytes):
            with path.open("rb") as handle:
                head = handle.read(_SNIFF_BYTES)
                if not head:
                    return [], [Problem(name, "empty file")]
                if looks_binary(head):
                    return [], [Problem(name, BINARY_MESSAGE)]
                fmt = fmt or sniff_format(head)
                if fmt == "jsonl" and _utf8_compatible(head):
                    handle.seek(0)
                    return _guard(name, lambda: parse_jsonl(handle, name))
                if fmt == "json" and size <= max_bytes and _utf8_compatible(head):
                    handle.seek(0)
                    streamed = stream_json(handle, name)
                    if streamed is not None:
                        return _unique(name, *streamed)
        if size > max_bytes:
            return [], [Problem(name, too_big(size, max_bytes))]
        data = path.read_bytes()
    except OSError as err:
        return [], [Problem(name, os_message(err, name))]
    return _read_whole(data, name, fmt, stream=False)


def read_stream(stream: BinaryIO, name: str = STDIN_NAME, *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Parsed:
    """Read a byte stream such as stdin, sniffing its format; JSON Lines may exceed the limit."""
    try:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            if sniff_format(data[:_SNIFF_BYTES]) == "jsonl":
                return _guard(name, lambda: parse_jsonl(_lines(data, stream), name))
            return [], [Problem(name, f"input is larger than the {size_text(max_bytes)} limit "
                                      "(raise it with --max-size)")]
    except OSError as err:
        return [], [Problem(name, os_message(err, name))]
    return read_bytes(data, name)


def _lines(head: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of the stream, read in chunks."""
    pending = head
    while chunk := rest.read(_SNIFF_BYTES):
        pending += chunk
        *complete, pending = pending.split(b"\n")
        yield from complete
    yield from pending.split(b"\n")


def read_bytes(data: bytes, name: str, *, fmt: str | None = None) -> Parsed:
    """Parse in-memory bytes; ``fmt`` ("txt", "md", "json", "jsonl", "html", "feed") or sniffed."""
    return _read_whole(data, name, fmt, stream=True)


def _read_whole(data: bytes, name: str, fmt: str | None, *, stream: bool) -> Parsed:
    """``read_bytes``; ``stream`` False when a JSON array has already been tried record by
    record."""
    if not data.strip():
        return [], [Problem(name, "empty file")]
    if looks_binary(data):
        return [], [Problem(name, BINARY_MESSAGE)]
    chosen = (normalize_format(fmt) if fmt else None) or format_from_name(name)
    return _guard(name, lambda: _parse(data, name, chosen, stream))


def _utf8_compatible(head: bytes) -> bool:
    """Can these bytes be read as UTF-8 lines or by ijson (not UTF-16 or UTF-32)?"""
    return bom_encoding(head)[0] in (None, "utf-8") and utf16_without_bom(head) is None


def _parse(data: bytes, name: str, fmt: str | None, stream: bool) -> Parsed:
    if fmt is None:
        fmt = sniff_format(data[:_SNIFF_BYTES])
    # feedparser and trafilatura take ~0.2 s to import: only when a feed or page is read
    if fmt == "feed":
        from summarize.ingest.feed import parse_feed

        return parse_feed(data, name)
    if fmt == "jsonl" and _utf8_compatible(data):
        return parse_jsonl(io.BytesIO(data), name)
    if fmt == "json" and stream and _utf8_compatible(data):
        streamed = stream_json(io.BytesIO(data), name)
        if streamed is not None:
            return streamed
    text, warning = decode_text(data)
    warnings = [Problem(name, warning, "warning")] if warning else []
    if not text.strip():
        return [], [*warnings, Problem(name, "empty file")]
    if fmt == "html":
        from summarize.ingest.html import parse_html

        articles, problems = parse_html(text, name)
    elif fmt == "jsonl":  # UTF-16 or UTF-32: decoded whole, then split
        articles, problems = parse_jsonl(text.split("\n"), name)
    else:
        articles, problems = _TEXT_PARSERS[fmt](text, name)
    return articles, warnings + problems


def _guard(name: str, parse: Callable[[], Parsed]) -> Parsed:
    """Run a parser and make ids unique within the file.

    This is the boundary where hostile input meets third-party parsers (lxml, feedparser,
    trafilatura); whatever they raise becomes a Problem for this file, never a traceback.
    """
    try:
        articles, problems = parse()
    except RecursionError:
        return [], [Problem(name, "cannot read this file (nested too deeply)")]
    except Exception as err:
        reason = f"{type(err).__name__}: {first_line(err)}"
        return [], [Problem(name, f"cannot read this file ({reason})")]
    return _unique(name, articles, problems)


def _unique(name: str, articles: list[Article], problems: list[Problem]) -> Parsed:
    """Page furniture cut out (``scraped.clean_articles``), then ids made unique within the
    file, each renamed one warned about after the problems."""
    unique, renamed = rename_duplicates(clean_articles(articles, name), GivenIds(), name)
    return unique, problems + renamed


def too_big(size: int, limit: int) -> str:
    """The message for a file over the size limit."""
    return (f"file is {size_text(size, exact=False)}, larger than the {size_text(limit)} limit "
            "(raise it with --max-size)")


def size_text(size: int, *, exact: bool = True) -> str:
    """Human size: "80.0 MB", "50 MB", "2.0 KB", "100 bytes" (``exact`` drops a ".0")."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            text = f"{size / scale:.1f}"
            if exact and text.endswith(".0"):
                text = text[:-2]
            return f"{text} {unit}"
    return f"{size} bytes"

"""Choose an input format from a file's extension, or from its first bytes when that fails."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from summarize import regex_cache as rx
from summarize.ingest.decode import utf16_without_bom

#: The formats ingestion reads; ``read_bytes(fmt=...)`` takes one of these (or an extension).
FORMATS = ("txt", "md", "json", "jsonl", "html", "feed")

FORMAT_BY_EXTENSION: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}

_FEED_ROOT = rx.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_ROOT = rx.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def format_from_name(name: str) -> str | None:
    """The format an extension implies, or None for unknown extensions and stdin."""
    return FORMAT_BY_EXTENSION.get(PurePath(name).suffix.lower())


def normalize_format(fmt: str) -> str | None:
    """Accept a format name or an extension ("markdown", ".htm", "rss") and return its format."""
    key = fmt.lower().lstrip(".")
    if key in FORMATS:
        return key
    return FORMAT_BY_EXTENSION.get("." + key)


def sniff_format(head: bytes) -> str:
    """Guess the format from the start of the content (a few KB is enough); never raises."""
    start = _strip_bom(head).lstrip()
    if start[:1] in (b"{", b"["):
        return _json_or_jsonl(start)
    if start[:1] == b"<":
        window = start[:4096]
        if _FEED_ROOT.search(window):
            return "feed"
        if _HTML_ROOT.search(window):
            return "html"
        return "feed" if start.startswith(b"<?xml") else "html"
    if start.startswith(b"---") and start[3:4] in (b"\n", b"\r"):
        return "md"
    if start.startswith(b"# "):
        return "md"
    return "txt"


def _strip_bom(data: bytes) -> bytes:
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            if bom != _BOMS[0]:  # UTF-16: look at the text, not the bytes
                return data.decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be",
                                   "ignore").encode()
    if encoding := utf16_without_bom(data):
        return data.decode(encoding, "ignore").encode()
    return data


def _json_or_jsonl(start: bytes) -> str:
    """One JSON value -> "json"; one object per line -> "jsonl"."""
    if start[:1] == b"[":
        return "json"
    try:
        json.loads(start)
    except RecursionError:
        return "json"  # one value nested too deep: reading it says so
    except ValueError:
        pass
    else:
        return "json"
    first, _, rest = start.partition(b"\n")
    try:
        json.loads(first)
    except (ValueError, RecursionError):
        return "json"
    return "jsonl" if rest.strip() else "json"

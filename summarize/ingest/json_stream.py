"""JSON arrays read a record at a time with ijson, so a file of any size is never held whole.

Only what ``json.loads`` would read the same way is streamed: a UTF-8 array of records, or an
object wrapping one under a record-list key ("articles", "items"...). Anything else (a single
record, another encoding, NaN, huge numbers, syntax errors) is handed back, and the caller reads
the file whole as before, so the articles and problems never depend on which reader ran.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any, BinaryIO

from summarize import regex_cache as rx
from summarize.ingest.decode import nfc
from summarize.ingest.fields import key_name
from summarize.ingest.records import DEEP_RECORD, Parsed, read_records
from summarize.ingest.resources import FIELD_ALIASES, RECORD_LIST_KEYS

#: Records nested deeper than this are skipped (``json.loads`` gives up near 1000 too).
MAX_DEPTH = 1000
#: Control bytes yajl reads as white space where ``json.loads`` does not (form feed...): a file
#: holding any of them is handed back. Inside strings both refuse them.
_NOT_JSON = rx.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TEXT_KEYS = frozenset(key_name(a) for a in FIELD_ALIASES["text"])
_LIST_KEYS = frozenset(key_name(k) for k in RECORD_LIST_KEYS)
Events = Iterator[tuple[str, Any]]


class _HandBack(Exception):
    """The file must be read whole: streaming might not read it as ``json.loads`` does."""


class _Checked:
    """A binary reader for ijson that drops a UTF-8 BOM and hands back on bytes ``json.loads``
    rejects."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._first = True

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        if self._first and chunk:  # ijson first reads nothing, to see bytes from str
            self._first = False
            if chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8):]
        if _NOT_JSON.search(chunk):
            raise _HandBack
        return chunk


def stream_json(handle: BinaryIO, name: str) -> Parsed | None:
    """The articles of a JSON array of records (or of the list an object wraps), built one
    record at a time; None when the file must be read whole instead."""
    import ijson  # only for JSON files

    events: Events = ijson.basic_parse(_Checked(handle), use_float=True)
    try:
        event, _ = next(events)
        if event == "start_array":
            parsed = read_records(_items(events), name)
        elif event == "start_map":
            parsed = read_records(_wrapped(events), name)
        else:
            return None
        for _ in events:  # whatever follows the value must be white space
            raise _HandBack
    except Exception:  # ijson's errors (and _HandBack): json.loads decides, as before
        return None
    return parsed


def _items(events: Events) -> Iterator[Any]:
    """The values of an array whose start was read, each built whole (or DEEP_RECORD)."""
    for event, value in events:
        if event == "end_array":
            return
        yield _value(events, event, value)
    raise _HandBack  # no end: ijson has raised already, but be sure


def _wrapped(events: Events) -> Iterator[Any]:
    """The records of the first record-list key of an object, when no key holds text (as
    ``records._records`` decides); otherwise the object is one record: hand back."""
    seen: set[str] = set()
    found = False
    for event, key in events:
        if event == "end_map":
            break
        key = nfc(key)
        if key in seen or key_name(key) in _TEXT_KEYS:
            raise _HandBack  # a repeated key keeps its last value; a text key: one record
        seen.add(key)
        event, _ = next(events)
        if not found and event == "start_array" and key_name(key) in _LIST_KEYS:
            found = True
            yield from _items(events)
        else:
            _skip(events, event)
    if not found:
        raise _HandBack


def _value(events: Events, event: str, value: Any) -> Any:
    """One JSON value from its first event, built without recursion; DEEP_RECORD (its events
    read to the end) when it nests deeper than MAX_DEPTH."""
    if event == "start_map":
        root: Any = {}
    elif event == "start_array":
        root = []
    else:
        return nfc(value) if event == "string" else value
    stack: list[Any] = [root]
    keys: list[Any] = [None]
    for event, value in events:
        if event == "map_key":
            keys[-1] = nfc(value)
            continue
        if event in ("end_map", "end_array"):
            stack.pop()
            keys.pop()
            if not stack:
                return root
            continue
        if event in ("start_map", "start_array"):
            if len(stack) >= MAX_DEPTH:
                _skip(events, event, len(stack))
                return DEEP_RECORD
            child: Any = {} if event == "start_map" else []
            _put(stack[-1], keys[-1], child)
            stack.append(child)
            keys.append(None)
        else:
            _put(stack[-1], keys[-1], nfc(value) if event == "string" else value)
    raise _HandBack


def _put(container: Any, key: Any, value: Any) -> None:
    if isinstance(container, list):
        container.append(value)
    else:
        container[key] = value


def _skip(events: Events, event: str, depth: int = 0) -> None:
    """Read past the value that ``event`` starts, ``depth`` levels inside others."""
    if event not in ("start_map", "start_array"):
        return
    depth += 1
    for event, _ in events:
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                return
    raise _HandBack

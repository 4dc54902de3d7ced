"""JSON and JSON Lines: one article per record, fields found by alias (see resources.py)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable
from typing import Any

from summarize.ingest.decode import decode_utf8, legacy_message, replaced_message
from summarize.ingest.fields import TEXT_FIELDS_HINT, key_name, read_metadata
from summarize.ingest.header import read_header
from summarize.ingest.ids import stem_of
from summarize.ingest.resources import FIELD_ALIASES, RECORD_LIST_KEYS
from summarize.models import Article, Problem

#: Invalid JSON Lines reported one by one before the rest are counted in one message.
MAX_LINE_PROBLEMS = 10
TOO_DEEP = "JSON nested too deeply to read"
#: Stands for a record nested deeper than a reader builds (see json_stream.py).
DEEP_RECORD = object()

Parsed = tuple[list[Article], list[Problem]]


def parse_json(text: str, name: str) -> Parsed:
    """A JSON file: one record, a list of records, or an object wrapping a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_jsonl(text.splitlines(), name)  # JSON Lines saved as .json
        return [], [Problem(name, json_error(err, f"line {err.lineno} column {err.colno}"))]
    except RecursionError:
        return [], [Problem(name, TOO_DEEP)]
    except ValueError as err:  # e.g. an integer of more than 4300 digits
        return [], [Problem(name, f"invalid JSON ({first_line(err)})")]
    records = _records(data)
    if records is None:
        return [], [Problem(name, "JSON is not an object or a list of objects")]
    if isinstance(data, dict) and records and records[0] is data:
        articles: list[Article] = []
        problems: list[Problem] = []
        _collect_guarded(data, stem_of(name), name, "", name, articles, problems)
        return articles, problems
    return read_records(records, name)


def read_records(records: Iterable[Any], name: str) -> Parsed:
    """The articles of a list of records (a JSON array, read whole or streamed), by number."""
    stem = stem_of(name)
    articles: list[Article] = []
    problems: list[Problem] = []
    n = 0
    for n, record in enumerate(records, 1):
        if record is DEEP_RECORD:
            problems.append(Problem(name, f"record {n}: {TOO_DEEP}; skipped"))
            continue
        _collect_guarded(record, f"{stem}#{n}", f"{name}#{n}", f"record {n}: ", name,
                         articles, problems)
    if n == 0:
        return [], [Problem(name, "no records found")]
    return articles, _collapse_missing_text(articles, problems, name)


def json_error(err: json.JSONDecodeError, where: str) -> str:
    """The message for a JSON syntax error: "invalid JSON (Expecting value at line 2 column 1)",
    and "(Unterminated string starting at line 1 column 9)", never "at at"."""
    joint = " " if err.msg.endswith(" at") else " at "
    return f"invalid JSON ({err.msg}{joint}{where})"


def first_line(err: BaseException) -> str:
    """The first line of an exception's message (parsers add context on further lines)."""
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


def _collapse_missing_text(articles: list[Article], problems: list[Problem],
                           name: str) -> list[Problem]:
    """One message, not one per record, when no record at all has a text field."""
    missing = [p for p in problems if p.message.endswith(f"no text field ({TEXT_FIELDS_HINT})")]
    if articles or len(missing) < 2 or len(missing) != len(problems):
        return problems
    return [Problem(name, f"no record has a text field ({TEXT_FIELDS_HINT})")]


def parse_jsonl(lines: Iterable[bytes | str], name: str) -> Parsed:
    """JSON Lines, read one line at a time so files of any size stream through."""
    stem = stem_of(name)
    articles: list[Article] = []
    problems: list[Problem] = []
    invalid = 0
    record_no = 0
    warned = False
    replaced = 0
    for lineno, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            raw, bad, legacy = decode_utf8(raw, legacy="cp1252")
            replaced += bad
            if legacy and not warned:
                problems.append(Problem(name, legacy_message(legacy), "warning"))
                warned = True
        line = raw.strip()
        if not line:
            continue
        record_no += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            reason = json_error(err, f"column {err.colno}")
        except RecursionError:
            reason = TOO_DEEP
        except ValueError as err:
            reason = f"invalid JSON ({first_line(err)})"
        else:
            _collect_guarded(record, f"{stem}#{record_no}", f"{name}:line {lineno}",
                             f"line {lineno}: ", name, articles, problems)
            continue
        invalid += 1
        if invalid <= MAX_LINE_PROBLEMS:
            problems.append(Problem(name, f"line {lineno}: {reason}; line skipped"))
    if invalid > MAX_LINE_PROBLEMS:
        more = invalid - MAX_LINE_PROBLEMS
        problems.append(Problem(name, f"{more} more invalid JSON lines skipped"))
    if replaced:
        problems.append(Problem(name, replaced_message(replaced), "warning"))
    if record_no == 0:
        problems.append(Problem(name, "empty file"))
    return articles, _collapse_missing_text(articles, problems, name)


def _records(data: Any) -> list[Any] | None:
    """The records a JSON value holds, or None when it holds none in a known shape."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return None
    keys = {key_name(k) for k in data}
    if keys.isdisjoint(key_name(a) for a in FIELD_ALIASES["text"]):
        for key, value in data.items():
            if key_name(key) in RECORD_LIST_KEYS and isinstance(value, list):
                return value
    return [data]


def _collect_guarded(record: Any, default_id: str, origin: str, label: str, name: str,
                     articles: list[Article], problems: list[Problem]) -> None:
    """``_collect``, with a record too deep for any step of it reported and skipped."""
    try:
        _collect(record, default_id, origin, label, name, articles, problems)
    except RecursionError:
        problems.append(Problem(name, f"{label}{TOO_DEEP}; skipped"))


def _collect(record: Any, default_id: str, origin: str, label: str, name: str,
             articles: list[Article], problems: list[Problem]) -> None:
    """Turn one record into an Article, or a Problem naming the record."""
    if not isinstance(record, dict):
        problems.append(Problem(name, f"{label}not a JSON object; skipped"))
        return
    meta = read_metadata(record)
    if meta.text is None:
        problems.append(Problem(name, f"{label}no text field ({TEXT_FIELDS_HINT})"))
        return
    if not meta.text:
        held = f"the text field holds {meta.text_kind}, not text" if meta.text_kind else (
            "empty text")
        problems.append(Problem(name, f"{label}{held}; skipped"))
        return
    if meta.unreadable_date:
        problems.append(Problem(
            name, f"{label}cannot read the date {meta.unreadable_date}; no publication date",
            "warning"))
    published, published_from, source = meta.published, "", meta.source
    if published is not None:
        published_from = f"metadata: {meta.published_key}"
    header = read_header(meta.text) if published is None or not source else None
    if header is not None:
        if published is None and header.published is not None:
            published, published_from = header.published, "dateline header"
        source = source or header.source
    articles.append(Article(
        id=meta.id or default_id,
        title=meta.title,
        text=meta.text,
        source=source,
        url=meta.url,
        byline=meta.byline or (header.byline if header else ""),
        published=published,
        published_from=published_from,
        language=meta.language or "en",
        origin=origin,
    ))

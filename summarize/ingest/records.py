"""JSON and JSON Lines: one article per record, fields found by alias (see resources.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from summarize.ingest.fields import TEXT_FIELDS_HINT, key_name, read_metadata
from summarize.ingest.header import read_header
from summarize.ingest.ids import stem_of
from summarize.ingest.resources import FIELD_ALIASES, RECORD_LIST_KEYS
from summarize.models import Article, Problem

#: Invalid JSON Lines reported one by one before the rest are counted in one message.
MAX_LINE_PROBLEMS = 10


def parse_json(text: str, name: str) -> tuple[list[Article], list[Problem]]:
    """A JSON file: one record, a list of records, or an object wrapping a list of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_jsonl(text.splitlines(), name)  # JSON Lines saved as .json
        where = f"line {err.lineno} column {err.colno}"
        return [], [Problem(name, f"invalid JSON ({err.msg} at {where})")]
    records = _records(data)
    if records is None:
        return [], [Problem(name, "JSON is not an object or a list of objects")]
    if not records:
        return [], [Problem(name, "no records found")]
    single = isinstance(data, dict) and records[0] is data
    stem = stem_of(name)
    articles, problems = [], []
    for n, record in enumerate(records, 1):
        label = "" if single else f"record {n}: "
        origin = name if single else f"{name}#{n}"
        record_id = stem if single else f"{stem}#{n}"
        _collect(record, record_id, origin, label, name, articles, problems)
    return articles, _collapse_missing_text(articles, problems, name)


def _collapse_missing_text(articles: list[Article], problems: list[Problem],
                           name: str) -> list[Problem]:
    """One message, not one per record, when no record at all has a text field."""
    missing = [p for p in problems if p.message.endswith(f"no text field ({TEXT_FIELDS_HINT})")]
    if articles or len(missing) < 2 or len(missing) != len(problems):
        return problems
    return [Problem(name, f"no record has a text field ({TEXT_FIELDS_HINT})")]


def parse_jsonl(lines: Iterable[bytes | str], name: str) -> tuple[list[Article], list[Problem]]:
    """JSON Lines, read one line at a time so files of any size stream through."""
    stem = stem_of(name)
    articles: list[Article] = []
    problems: list[Problem] = []
    invalid = 0
    record_no = 0
    warned = False
    for lineno, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                raw = raw.decode("cp1252", "replace")
                if not warned:
                    problems.append(Problem(name, "not valid UTF-8; decoded as cp1252", "warning"))
                    warned = True
        line = raw.strip()
        if not line:
            continue
        record_no += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            invalid += 1
            if invalid <= MAX_LINE_PROBLEMS:
                problems.append(Problem(
                    name, f"line {lineno}: invalid JSON ({err.msg} at column {err.colno}); "
                          "line skipped"))
            continue
        label = f"line {lineno}: "
        _collect(record, f"{stem}#{record_no}", f"{name}:line {lineno}", label, name,
                 articles, problems)
    if invalid > MAX_LINE_PROBLEMS:
        more = invalid - MAX_LINE_PROBLEMS
        problems.append(Problem(name, f"{more} more invalid JSON lines skipped"))
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
        problems.append(Problem(name, f"{label}empty text; skipped"))
        return
    if meta.unreadable_date:
        problems.append(Problem(
            name, f"{label}cannot read the date {meta.unreadable_date!r}; no publication date",
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

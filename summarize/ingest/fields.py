"""Map a metadata mapping (JSON record, YAML front matter) onto Article fields by alias."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from summarize.ingest.clean import tidy_field, tidy_text
from summarize.ingest.dates import EPOCH_YEARS, parse_datetime
from summarize.ingest.html_text import looks_like_html, strip_tags
from summarize.ingest.ids import record_id
from summarize.ingest.resources import FIELD_ALIASES

TEXT_FIELDS_HINT = "expected one of text, body, content"


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article fields found in a mapping; ``published_key`` is the key the date came from."""

    #: None when no text field exists; "" when it exists but is empty.
    text: str | None = None
    #: What a text field held instead of text ("a number"); "" when it was just empty.
    text_kind: str = ""
    title: str = ""
    published: datetime | None = None
    published_key: str = ""
    #: A date value that was given but could not be read, as the warning shows it.
    unreadable_date: str = ""
    url: str = ""
    source: str = ""
    byline: str = ""
    id: str = ""
    language: str = ""


def read_metadata(record: dict[str, Any]) -> Metadata:
    """Pick each field from its first alias that holds a usable value (keys ignore case)."""
    keys = {key_name(k): k for k in record}

    def values(field: str) -> list[tuple[str, Any]]:
        found = [keys[n] for n in _ALIAS_KEYS[field] if n in keys]
        return [(k, record[k]) for k in found if record[k] not in (None, "", [], {})]

    text = next((t for _, v in values("text") if (t := as_text(v))), None)
    text_kind = ""
    if text is None and any(n in keys for n in _ALIAS_KEYS["text"]):
        text = ""  # the field is there but holds nothing usable
        text_kind = next((k for _, v in values("text") if (k := not_text(v))), "")
    published, published_key, unreadable = None, "", ""
    for key, value in values("published"):
        published = parse_datetime(value)
        if published is not None:
            published_key = str(key)
            break
        unreadable = unreadable or shown_date(value)

    def first_name(field: str) -> str:
        return next((n for _, v in values(field) if (n := tidy_field(as_name(v)))), "")

    return Metadata(
        text=text,
        text_kind=text_kind,
        title=first_name("title"),
        published=published,
        published_key=published_key,
        unreadable_date="" if published else unreadable,
        url=first_name("url"),
        source=first_name("source"),
        byline=first_name("byline"),
        id=next((i for _, v in values("id") if (i := record_id(v))), ""),
        language=language_code(first_name("language")),
    )


def key_name(key: object) -> str:
    """Keys compare without case, "_" or "-": "publishedAt" matches "published_at"."""
    return str(key).lower().replace("_", "").replace("-", "")


_ALIAS_KEYS = {field: tuple(map(key_name, aliases)) for field, aliases in FIELD_ALIASES.items()}


def as_text(value: Any) -> str | None:
    """Article text from a string or a list of paragraphs; HTML tags removed; None if unusable."""
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)
    if not isinstance(value, str):
        return None
    if looks_like_html(value):
        value = strip_tags(value)
    return tidy_text(value)


def not_text(value: Any) -> str:
    """What a text field holds when it is not text ("a number"); "" for strings and lists of
    strings (those are text, perhaps empty)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list) and not all(isinstance(v, str) for v in value):
        return "a list of non-text values"
    return ""


def shown_date(value: Any) -> str:
    """An unreadable date as a warning shows it: a string quoted (40 characters at most), a
    number as it is, anything else by its kind; never the whole of a nested value."""
    if isinstance(value, str):
        return repr(value[:40])
    if isinstance(value, bool):
        return "(true or false)"
    if isinstance(value, int | float):
        start, end = EPOCH_YEARS
        return f"{value} (a number, but not a Unix time in {start}–{end})"
    if isinstance(value, dict):
        return "(an object)"
    if isinstance(value, list):
        return "(a list)"
    return f"({type(value).__name__})"


def as_name(value: Any, depth: int = 0) -> str:
    """A display string from a string, a {"name": ...} mapping or a list of either (lists in
    lists are read a few levels deep, never as deep as hostile input nests them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "title", "value", "url", "href"):
            if isinstance(value.get(key), str):
                return value[key]
        return ""
    if isinstance(value, list) and depth < _NAME_DEPTH:
        return ", ".join(n for n in (as_name(v, depth + 1) for v in value) if n)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


_NAME_DEPTH = 4


def language_code(value: str) -> str:
    """The primary language subtag: "en-GB" -> "en"; "" when none is given."""
    return value.strip().replace("_", "-").split("-")[0].lower()

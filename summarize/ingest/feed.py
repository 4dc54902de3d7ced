"""RSS and Atom feeds: one article per entry, each with its own date; source = feed title."""

from __future__ import annotations

import calendar
import html.entities
import re
from datetime import UTC, datetime
from typing import Any

import feedparser

from summarize import regex_cache as rx
from summarize.ingest.clean import tidy_field, tidy_text
from summarize.ingest.dates import parse_datetime
from summarize.ingest.fields import as_name, language_code
from summarize.ingest.html_text import strip_tags
from summarize.ingest.ids import record_id, stem_of
from summarize.models import Article, Problem

#: Named references HTML defines (and XML's five): every other one in a feed is left over from
#: a DTD ("&lol9;", "&xxe;") that feedparser, rightly, never expands.
_KNOWN_ENTITIES = frozenset(name.rstrip(";") for name in html.entities.html5)
_ENTITY = rx.compile(r"&([A-Za-z_:][\w.:-]*);")
_ENTITY_BYTES = rx.compile(rb"&([A-Za-z_:][\w.:-]*);")
_DOCTYPE = rx.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\][ \t\r\n]*)?>", re.IGNORECASE | re.DOTALL)
#: Undefined entity names listed in the warning; the rest are counted.
_SHOWN_ENTITIES = 5


def parse_feed(data: bytes, name: str) -> tuple[list[Article], list[Problem]]:
    """Parse feed bytes (feedparser reads the XML encoding declaration itself)."""
    undefined: dict[str, None] = {}
    parsed = feedparser.parse(drop_undefined_entities(data, undefined))
    if not parsed.get("version"):
        return [], [Problem(name, "not an RSS or Atom feed")]
    if not parsed.entries:
        return [], [Problem(name, "feed has no entries")]

    def field(value: Any) -> str:
        return tidy_field(strip_tags(_drop_entities(value or "", undefined)))

    feed = parsed.feed
    source = field(feed.get("title"))
    language = language_code(feed.get("language") or "") or "en"
    stem = stem_of(name)
    articles, problems = [], []
    for n, entry in enumerate(parsed.entries, 1):
        text = tidy_text(strip_tags(_drop_entities(entry_html(entry), undefined)))
        if not text:
            problems.append(Problem(name, f"entry {n}: no text (no content or summary); skipped"))
            continue
        published = entry_date(entry)
        articles.append(Article(
            id=record_id(entry.get("id")) or f"{stem}#{n}",
            title=field(entry.get("title")),
            text=text,
            source=source,
            url=(entry.get("link") or "").strip(),
            byline=tidy_field(_drop_entities(
                as_name(entry.get("authors")) or entry.get("author", ""), undefined)),
            published=published,
            published_from="feed entry" if published else "",
            language=language,
            origin=f"{name}#{n}",
        ))
    if undefined:
        names = [f"&{n};" for n in undefined]
        more = len(names) - _SHOWN_ENTITIES
        shown = ", ".join(names[:_SHOWN_ENTITIES]) + (f" and {more} more" if more > 0 else "")
        problems.insert(0, Problem(name, f"undefined entity references removed ({shown})",
                                   "warning"))
    return articles, problems


def drop_undefined_entities(data: bytes, dropped: dict[str, None]) -> bytes:
    """The feed without references to entities HTML does not define (after any DOCTYPE, whose
    declarations feedparser ignores); their names join ``dropped``, in order."""
    doctype = _DOCTYPE.search(data, 0, 1 << 16)
    start = doctype.end() if doctype else 0

    def drop(match: re.Match[bytes]) -> bytes:
        entity = match.group(1).decode("ascii")
        if entity in _KNOWN_ENTITIES:
            return match.group()
        dropped[entity] = None
        return b""

    return data[:start] + _ENTITY_BYTES.sub(drop, data[start:])


def _drop_entities(text: str, dropped: dict[str, None]) -> str:
    """``drop_undefined_entities`` for a field feedparser gives back (feeds in UTF-16...)."""
    if "&" not in text:
        return text

    def drop(match: re.Match[str]) -> str:
        if match.group(1) in _KNOWN_ENTITIES:
            return match.group()
        dropped[match.group(1)] = None
        return ""

    return _ENTITY.sub(drop, text)


def entry_html(entry: Any) -> str:
    """The entry's fullest body: the longest content item, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or ""


def entry_date(entry: Any) -> datetime | None:
    """Published (else updated) time, keeping the feed's own offset when it can be read."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw and (when := parse_datetime(raw)) is not None:
            return when
        parsed = entry.get(key + "_parsed")
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None

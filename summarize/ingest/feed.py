"""RSS and Atom feeds: one article per entry, each with its own date; source = feed title."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any

import feedparser

from summarize.ingest.clean import tidy_field, tidy_text
from summarize.ingest.dates import parse_datetime
from summarize.ingest.fields import as_name, language_code
from summarize.ingest.html_text import strip_tags
from summarize.ingest.ids import record_id, stem_of
from summarize.models import Article, Problem


def parse_feed(data: bytes, name: str) -> tuple[list[Article], list[Problem]]:
    """Parse feed bytes (feedparser reads the XML encoding declaration itself)."""
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        return [], [Problem(name, "not an RSS or Atom feed")]
    if not parsed.entries:
        return [], [Problem(name, "feed has no entries")]
    feed = parsed.feed
    source = tidy_field(strip_tags(feed.get("title", "")))
    language = language_code(feed.get("language") or "") or "en"
    stem = stem_of(name)
    articles, problems = [], []
    for n, entry in enumerate(parsed.entries, 1):
        text = tidy_text(strip_tags(entry_html(entry)))
        if not text:
            problems.append(Problem(name, f"entry {n}: no text (no content or summary); skipped"))
            continue
        published = entry_date(entry)
        articles.append(Article(
            id=record_id(entry.get("id")) or f"{stem}#{n}",
            title=tidy_field(strip_tags(entry.get("title", ""))),
            text=text,
            source=source,
            url=(entry.get("link") or "").strip(),
            byline=tidy_field(as_name(entry.get("authors")) or entry.get("author", "")),
            published=published,
            published_from="feed entry" if published else "",
            language=language,
            origin=f"{name}#{n}",
        ))
    return articles, problems


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
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None

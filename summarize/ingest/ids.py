"""Article ids: stable, readable and unique within one load."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import PurePath

from summarize.models import Article

_NON_WORD = re.compile(r"[^\w]+")
_MAX_ID = 60
_URI = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|(?:tag|urn):)", re.IGNORECASE)
_URI_SEPARATORS = re.compile(r"[/:?#=&]+")


def slug(text: str) -> str:
    """Lower-case words joined by hyphens: "Day 73 (final).txt" stem -> "day-73-final"."""
    return _NON_WORD.sub("-", text.lower()).strip("-_")[:_MAX_ID] or "article"


def stem_of(name: str) -> str:
    """The slug of a file name without folders and extension; "stdin" for standard input."""
    if name in ("-", "<stdin>"):
        return "stdin"
    return slug(PurePath(name).stem)


def record_id(value: object) -> str:
    """A record's own id, made readable: URLs and tag:/urn: ids keep their last segment.

    "https://example.com/news/war-day-73" -> "war-day-73"; "" when nothing readable is left.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        return ""
    text = str(value).strip()
    if _URI.match(text):
        text = slug(_URI_SEPARATORS.split(text.rstrip("/"))[-1])
        return "" if text == "article" else text
    if not text or len(text) > _MAX_ID or any(c.isspace() for c in text):
        return ""
    return text


def make_unique(articles: Iterable[Article], taken: set[str] | None = None) -> list[Article]:
    """Rename repeated ids "x" -> "x-2", "x-3"...; ``taken`` carries ids across calls."""
    taken = set() if taken is None else taken
    out = []
    for article in articles:
        new_id = unique_id(article.id, taken)
        out.append(article if new_id == article.id else replace(article, id=new_id))
    return out


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or "base-2", "base-3"... whichever is free; the result joins ``taken``."""
    new_id, n = base, 1
    while new_id in taken:
        n += 1
        new_id = f"{base}-{n}"
    taken.add(new_id)
    return new_id

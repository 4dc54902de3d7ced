"""Word lists and patterns ingestion reads: field aliases, boilerplate lines, month names.

Data only: adding an alias or a boilerplate phrase is an edit here, not in the parsers.
"""

from __future__ import annotations

#: Record keys (compared case-insensitively) for each Article field, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "story"),
    "title": ("title", "headline"),
    "published": (
        "published", "date", "time", "publish_date", "pubdate", "published_at", "datetime", "dct",
    ),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher", "site"),
    "byline": ("author", "byline", "authors"),
    "id": ("id", "uid", "guid", "article_id"),
    "language": ("language", "lang"),
}

#: Keys of a JSON object that wrap a list of records, e.g. ``{"articles": [...]}``.
RECORD_LIST_KEYS: tuple[str, ...] = ("articles", "items", "entries", "records", "data", "results")

#: Lines dropped from article text when the whole line (trimmed, case-insensitive) matches.
#: Regular expressions; keep them bounded (``.{0,120}``) so a real paragraph never matches.
BOILERPLATE_LINES: tuple[str, ...] = (
    r"advertisements?",
    r"sponsored(?: content)?",
    r"(?:story|article) continues below(?: (?:this )?advertisement)?",
    r"continue reading(?: (?:below|the main story))?",
    r"scroll (?:down )?to continue(?: with content)?",
    r"leave a (?:reply|comment)(?: .{0,80})?",
    r"share (?:this|on) ?.{0,80}",
    r"share",
    r"(?:sign up|subscribe)(?: now)? (?:to|for) (?:our|the) .{0,60}newsletters?.{0,80}",
    r"click here to (?:subscribe|sign up|read more|register).{0,80}",
    r"(?:we|this (?:web)?site) uses? cookies.{0,200}",
    r"(?:accept|manage) (?:all )?cookies",
    r"cookie (?:policy|settings|preferences|notice)",
    r"related(?: (?:articles|stories|coverage|content|topics|links))?:.{0,150}",
    r"related (?:articles|stories|coverage|content|topics|links)",
    r"read more(?::.{0,150})?",
    r"see also:.{0,150}",
    r"(?:more|recommended|you may also like|most (?:read|popular|viewed))(?: for you)?",
    r"follow us on .{0,80}",
    r"skip to (?:main )?content",
    r"(?:copyright|©) .{0,100}all rights reserved",
    r"all rights reserved",
    r"(?:print|email) this (?:article|story|page)",
    r"download (?:the|our) app.{0,80}",
)

#: Month names and abbreviations -> month number (lower case).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: tuple[str, ...] = (
    "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs", "thur",
    "thu", "friday", "fri", "saturday", "sat", "sunday", "sun",
)

#: Labels that introduce a publication date in a header line ("Published: 7 May 2022").
DATE_LABELS: tuple[str, ...] = (
    "first published", "last updated", "last modified", "published", "posted", "updated",
    "dated", "date",
)

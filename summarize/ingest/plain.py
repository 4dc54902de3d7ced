"""Plain text: an optional headline on the first line, then the body with its dateline header.

The article text is the whole file (headline included, only boilerplate lines dropped), so the
offsets dateline reports point into the file as the user has it.
"""

from __future__ import annotations

from summarize.ingest.clean import faithful_text, tidy_field
from summarize.ingest.header import is_header_line, looks_like_headline, read_header
from summarize.ingest.ids import stem_of
from summarize.models import Article, Problem

ONLY_BOILERPLATE = "no article text (only boilerplate lines)"


def parse_plain(text: str, name: str) -> tuple[list[Article], list[Problem]]:
    """One article per file; a date only when a dateline-style header states a full date."""
    text = faithful_text(text)
    if not text.strip():
        return [], [Problem(name, ONLY_BOILERPLATE)]
    title, body = split_headline(text.strip())
    header = read_header(body)
    return [Article(
        id=stem_of(name),
        title=title,
        text=text,
        source=header.source,
        byline=header.byline,
        published=header.published,
        published_from="dateline header" if header.published else "",
        origin=name,
    )], []


def split_headline(text: str) -> tuple[str, str]:
    """(title, body) when the first line reads as a headline, else ("", text)."""
    first, _, rest = text.partition("\n")
    rest = rest.strip()
    if rest and looks_like_headline(first) and not is_header_line(first):
        return tidy_field(first), rest
    return "", text

"""Markdown: YAML front matter for metadata, a leading "# Heading" as the title."""

from __future__ import annotations

import re

from summarize import regex_cache as rx
from summarize.ingest.clean import tidy_field, tidy_text
from summarize.ingest.fields import Metadata, read_metadata
from summarize.ingest.header import read_header
from summarize.ingest.ids import stem_of
from summarize.ingest.plain import ONLY_BOILERPLATE
from summarize.models import Article, Problem

_FRONT_MATTER = rx.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
_HEADING = rx.compile(r"#[ \t]+(.+?)[ \t#]*")


def parse_markdown(text: str, name: str) -> tuple[list[Article], list[Problem]]:
    """One article; front matter keys use the JSON aliases (title, date/published, source...)."""
    problems: list[Problem] = []
    meta = Metadata()
    match = _FRONT_MATTER.match(text)
    if match:
        import yaml  # only for files with front matter

        text = text[match.end():]
        try:
            loaded = yaml.safe_load(match.group(1))
        except (yaml.YAMLError, ValueError, RecursionError) as err:
            reason = getattr(err, "problem", None) or "syntax error"
            problems.append(Problem(name, f"front matter is not valid YAML ({reason}); ignored",
                                    "warning"))
        else:
            if isinstance(loaded, dict):
                meta = read_metadata(loaded)
            elif loaded is not None:
                problems.append(Problem(name, "front matter is not a mapping; ignored", "warning"))
    if meta.unreadable_date:
        problems.append(Problem(
            name, f"cannot read the date {meta.unreadable_date}; no publication date",
            "warning"))
    body = tidy_text(text)
    title = meta.title
    first, _, rest = body.partition("\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading and not title:
        title, body = tidy_field(heading.group(1)), rest.strip()
    if not body:
        return [], [*problems, Problem(name, ONLY_BOILERPLATE if text.strip() else "empty file")]
    header = read_header(body)
    published, published_from = meta.published, f"front matter: {meta.published_key}"
    if published is None:
        published = header.published
        published_from = "dateline header" if published else ""
    return [Article(
        id=meta.id or stem_of(name),
        title=title,
        text=body,
        source=meta.source or header.source,
        url=meta.url,
        byline=meta.byline or header.byline,
        published=published,
        published_from=published_from,
        language=meta.language or "en",
        origin=name,
    )], problems

"""HTML pages: main text and metadata with trafilatura, the publication date with htmldate.

Both get a parsed tree, never a string, so neither can take the input for a URL and fetch it.
"""

from __future__ import annotations

from datetime import datetime

from htmldate import find_date
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from summarize.ingest.clean import tidy_field, tidy_text
from summarize.ingest.fields import language_code
from summarize.ingest.header import read_header
from summarize.ingest.ids import stem_of
from summarize.models import Article, Problem

NO_MAIN_TEXT = "HTML page has no main text"
#: Fewer words than this is navigation or a stub, not an article.
MIN_WORDS = 5


def parse_html(text: str, name: str) -> tuple[list[Article], list[Problem]]:
    """One article per page; the title line trafilatura repeats at the top of the text is cut."""
    tree = load_html(text)
    if tree is None:
        return [], [Problem(name, "not an HTML page")]
    doc = bare_extraction(tree, with_metadata=True, favor_precision=False,
                          include_comments=False, include_tables=True)
    meta = doc.as_dict() if doc is not None and not isinstance(doc, dict) else (doc or {})
    body = tidy_text(meta.get("text") or "")
    title = tidy_field(meta.get("title") or "")
    first, _, rest = body.partition("\n")
    if title and tidy_field(first) == title:
        body = rest.strip()
    if len(body.split()) < MIN_WORDS:
        return [], [Problem(name, NO_MAIN_TEXT)]
    header = read_header(body)
    published, published_from = page_date(text), "htmldate"
    if published is None:
        published = header.published
        published_from = "dateline header" if published else ""
    lang = language_code(str(meta.get("language") or tree.get("lang") or ""))
    return [Article(
        id=stem_of(name),
        title=title,
        text=body,
        source=tidy_field(meta.get("sitename") or "") or header.source,
        url=(meta.get("url") or "").strip(),
        byline=tidy_field(meta.get("author") or ""),
        published=published,
        published_from=published_from,
        language=lang or "en",
        origin=name,
    )], []


def page_date(text: str) -> datetime | None:
    """The page's original publication date according to htmldate, or None."""
    tree = load_html(text)  # htmldate prunes the tree it gets: give it its own
    if tree is None:
        return None
    found = find_date(tree, outputformat="%Y-%m-%dT%H:%M:%S", extensive_search=True,
                      original_date=True)
    if not found:
        return None
    try:
        return datetime.fromisoformat(found)
    except ValueError:
        return None

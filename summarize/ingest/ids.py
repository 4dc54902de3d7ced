"""Article ids: stable, readable and unique within one load.

A repeated id is renamed "id~2", "id~3"... and warned about. No id a user gives can hold "~"
(``record_id`` writes it "%7E"; file names become slugs of letters, digits and hyphens), so a
made-up id can never take the id of another record, in this file or any other.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from summarize import regex_cache as rx
from summarize.ingest.decode import nfc
from summarize.models import Article, Problem
from summarize.safe_text import shown_path

#: Joins a repeated id and its number; never part of an id a user gave.
GENERATED = "~"
#: What every rename warning says, so a report can count them.
RENAMED = "; renamed to "

_NON_WORD = rx.compile(r"[^\w]+")
_MAX_ID = 60
_BIGGEST_ID = 10**_MAX_ID
_URI = rx.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|(?:tag|urn):)", re.IGNORECASE)
_URI_SEPARATORS = rx.compile(r"[/:?#=&]+")


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
    if isinstance(value, int) and not -_BIGGEST_ID < value < _BIGGEST_ID:
        return ""  # too long to be an id (and str() refuses past 4300 digits)
    text = nfc(str(value).strip())
    if _URI.match(text):
        text = slug(_URI_SEPARATORS.split(text.rstrip("/"))[-1])
        return "" if text == "article" else text
    if not text or len(text) > _MAX_ID or " " in text or not text.isprintable():
        return ""  # spaces, controls, bidi marks, lone surrogates: not an id to show
    return text.replace(GENERATED, "%7E")


@dataclass(slots=True)
class GivenIds:
    """The ids given out so far in one load, each with the origin of the article holding it."""

    owners: dict[str, str] = field(default_factory=dict)
    #: Where the search for a free "root~N" resumes, per root.
    hints: dict[str, int] = field(default_factory=dict)


def rename_duplicates(articles: Iterable[Article], given: GivenIds,
                      name: str) -> tuple[list[Article], list[Problem]]:
    """Articles with ids unique against ``given`` (which they join), and a warning for file
    ``name`` for each article renamed."""
    out: list[Article] = []
    warnings: list[Problem] = []
    for article in articles:
        new, warning = give_id(article.id, article.origin, name, given)
        out.append(article if warning is None else replace(article, id=new))
        if warning is not None:
            warnings.append(warning)
    return out, warnings


def give_id(base: str, origin: str, name: str, given: GivenIds) -> tuple[str, Problem | None]:
    """The id the article at ``origin`` (of file ``name``) gets: ``base`` if free, else a new
    "root~N"; the warning when it was renamed. The id joins ``given``."""
    owners = given.owners
    if base not in owners:
        owners[base] = origin
        return base, None
    new = _free_id(base, owners, given.hints)
    owners[new] = origin
    where = _record(origin, name)
    holder = _record(owners[base], name) or shown_path(owners[base])
    return new, Problem(name, f"{where + ': ' if where else ''}id {base!r} is already used by "
                              f"{holder}{RENAMED}{new!r}", "warning")


def _free_id(base: str, taken: Container[str], hints: dict[str, int]) -> str:
    """The first "root~N" (N >= 2) not in ``taken``; ``hints`` remembers where each root's
    search ended, so ten thousand copies of one id cost ten thousand steps, not fifty million."""
    root = base.partition(GENERATED)[0]
    n = hints.get(root, 2)
    while f"{root}{GENERATED}{n}" in taken:
        n += 1
    hints[root] = n + 1
    return f"{root}{GENERATED}{n}"


def _record(origin: str, name: str) -> str:
    """ "record 3" or "line 3" for an article of file ``name`` by its origin; "" otherwise."""
    if not origin.startswith(name) or origin == name:
        return ""
    rest = origin[len(name):]
    if rest.startswith("#") and rest[1:].isdigit():
        return f"record {rest[1:]}"
    if rest.startswith(":line "):
        return rest[1:]
    return ""

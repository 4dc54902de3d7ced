"""Shared helpers for the temporal tests: find one mention by its text."""

from __future__ import annotations

from datetime import date

from summarize.models import Mention
from summarize.temporal import tag_text

DCT = date(2022, 5, 7)  # a Saturday, ISO week 2022-W18


def mention(text: str, span: str, dct: date | None = DCT, **kw) -> Mention:
    """The mention whose text is exactly ``span``; fails listing what was found."""
    found = tag_text(text, dct, **kw)
    for m in found:
        if m.text == span:
            return m
    raise AssertionError(f"{span!r} not found in {[(m.text, m.value) for m in found]}")


def found(text: str, dct: date | None = DCT, *fields: str, **kw) -> list[tuple]:
    """Every mention of ``text`` as a tuple of ``fields`` (text and value by default), in
    order: for tests that pin all that is found, not one mention."""
    names = fields or ("text", "value")
    return [tuple(getattr(m, f) for f in names) for m in tag_text(text, dct, **kw)]

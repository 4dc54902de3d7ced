"""The tagger's mentions of a text keyed by their words, as type and value: what most temporal
test tables assert on, shared instead of copied into each file."""

from __future__ import annotations

from datetime import date

from summarize.temporal import tag_text


def found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    """Each mention's text -> (TIMEX3 type, value) for ``text`` published on ``dct``."""
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}

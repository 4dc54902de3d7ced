"""A helper the temporal test tables share: the value the tagger gives one span of a text."""

from __future__ import annotations

from datetime import date

from summarize.temporal import tag_text


def value_of(text: str, span: str, dct: date) -> str:
    """The value of the first mention whose text is ``span``; fails the test when none is."""
    found = [m.value for m in tag_text(text, dct) if m.text == span]
    assert found, f"{span!r} not tagged in {text!r}"
    return found[0]

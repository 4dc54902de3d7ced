"""The tagger's mentions of a text keyed by their words, as type and value: what most temporal
test tables assert on, shared instead of copied into each file."""

from __future__ import annotations

from datetime import date

from summarize.temporal import tag_text


def found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    """Each mention's text -> (TIMEX3 type, value) for ``text`` published on ``dct``."""
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


def assert_spans(found: dict[str, tuple[str, str]],
                 want: dict[str, tuple[str, str] | None]) -> None:
    """Each wanted span has its (type, value); a span wanted as None is not found."""
    for span, expected in want.items():
        if expected is None:
            assert span not in found, (span, found)
        else:
            assert found.get(span) == expected, (span, found)

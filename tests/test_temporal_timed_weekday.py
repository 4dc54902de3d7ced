"""A part of day tied to a weekday ends a state told in the past ahead ("were closed until Friday
night"): ``clause_says`` asks the weekday words ``words.is_weekday`` reads from the part of day's
captured day word, not a list of its own (invented sentences, Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text
from summarize.temporal.words import is_weekday

WED = date(2024, 3, 13)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Friday", True), ("of Friday", True), (" Friday", True), ("fri.", True), ("Thurs", True),
    ("FRIDAY", True), ("this", False), ("on the", False), ("this past", False),
    ("tomorrow", False), ("of today", False), ("", False), (None, False), ("Fridays", False),
])
def test_is_weekday_reads_a_captured_phrase(phrase: str | None, expected: bool) -> None:
    """A phrase ending in a weekday's name, full or abbreviated, is a weekday."""
    assert is_weekday(phrase) is expected


@pytest.mark.parametrize(("when", "value"), [
    ("Friday night", "2024-03-15TNI"),          # the weekday before the part of day
    ("Friday morning", "2024-03-15TMO"),
    ("the night of Friday", "2024-03-15TNI"),   # ... after it, with "of"
    ("tonight on Friday", "2024-03-15TNI"),     # ... after "tonight"
    ("Friday", "2024-03-08"),                   # no part of day: the past Friday
])
def test_a_timed_weekday_after_until_lies_ahead(when: str, value: str) -> None:
    """"The Kellow Lane diversions were in place until Friday night": an announced end ahead."""
    text = f"The Kellow Lane diversions were in place until {when}."
    assert [(text[m.start:m.end], m.value) for m in tag_text(text, WED)] == [(when, value)]

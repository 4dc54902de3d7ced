"""The shared determiner lists (``resources.determiners``): the members of each variant, and the
context checks that read them (invented sentences, publication date Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

from summarize.temporal.resources.determiners import (
    ARTICLES,
    DEMONSTRATIVES,
    DETERMINERS,
    ERA_DETERMINERS,
    POSSESSIVES,
    YEAR_DETERMINERS,
)

WED = date(2024, 3, 13)

VARIANTS = [
    (ARTICLES, {"the", "a", "an"}),
    (DEMONSTRATIVES, {"this", "that"}),
    (POSSESSIVES, {"its", "their", "his", "her", "our", "my", "your"}),
    (DETERMINERS, {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my",
                   "your"}),
    (ERA_DETERMINERS, {"the", "a", "an", "this", "its", "their"}),
    (YEAR_DETERMINERS, {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"}),
]


@pytest.mark.parametrize("words,members", VARIANTS)
def test_variant_members(words: frozenset[str], members: set[str]) -> None:
    assert words == members


def test_no_pronoun_forms() -> None:
    """Possessive pronouns stand alone ("hers", "mine"): no noun follows them."""
    assert DETERMINERS.isdisjoint({"hers", "mine", "yours", "ours", "theirs"})


READERS = [
    # a spring inside a device after any determiner: a coil
    ("The spring in my old pocket watch snapped.", []),
    ("A spring inside that garden gate had worn thin.", []),
    # "in" and a possessive before a decade: an age
    ("A violinist in your sixties may tour less.", []),
    ("The violinist kept touring in her late seventies.", []),
    # an article or a possessive before a weekday and a noun: a thing, not a day
    ("Ines said your Sunday school buses would run.", []),
    ("Ines said a Sunday school bus would run.", []),
    ("Ines said Sunday school buses would run.", [("Sunday", "2024-03-10")]),
    # a demonstrative leaves the weekday a day
    ("That Sunday the ferry to Orlova Creek was late.", [("That Sunday", "2024-03-10")]),
    # a determiner before a month and a capitalised word: a month, not a first name
    ("Ines read your June Newsletter from Tamsby.", [("June", "2024-06")]),
    ("Ines read my June Newsletter from Tamsby.", [("June", "2024-06")]),
    ("Ines read June Newsletter items from Tamsby.", []),
    # a determiner before four digits: a year; not "my"/"your" (a post's count)
    ("Its 1998 results were restated by Corvale Mills.", [("1998", "1998")]),
    ("Thanks to my 2000 followers from Tamsby!", []),
    # a scoring verb and any possessive before a (half-)century: runs in cricket
    ("You brought up your half-century before lunch at Tamsby.", []),
    ("We brought up our half-century before tea.", []),
]


@pytest.mark.parametrize("text,expected", READERS)
def test_checks_read_the_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected

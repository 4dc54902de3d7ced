"""The shared determiner lists (``resources.determiners``): the members of each variant, and the
context checks that read them (invented sentences, publication date Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

from summarize.temporal.resources.determiners import (
    ARTICLES,
    DAY_COUNT_DETERMINERS,
    DEFINITE_DETERMINERS,
    DEMONSTRATIVES,
    DETERMINERS,
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
    (DEFINITE_DETERMINERS, {"the", "this", "that", "its", "their", "his", "her", "our", "my",
                            "your"}),
    (DAY_COUNT_DETERMINERS, {"the", "its", "their"}),
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
    # any determiner opens the event of a day count
    ("Day 40 of our lockdown in Tamsby began quietly.", [("Day 40 of our lockdown", "2024-03-13")]),
    ("Day 9 of my exile in Corvale was grey.", [("Day 9 of my exile", "2024-03-13")]),
    # an ordinal day counts an era after "the", "its", "their" only
    ("The blockade of Tamsby entered its 11th day.", [("its 11th day", "2024-03-13")]),
    ("Shares in Corvale Mills fell for a second straight day.",
     [("second straight day", "2024-03-13")]),
    ("The ferryman was nervous on his first day out of the harbour.", []),
    # any possessive before a company's quarter named by its last month
    ("We saw our June quarter sales fall, Ines Varo said.", [("June quarter", "2023-Q2")]),
    ("Corvale Mills saw its June quarter sales fall.", [("June quarter", "2023-Q2")]),
    # a definite determiner before the event "the day before" is relative to
    ("Our talks with Corvale opened on Monday, March 4. On Friday, March 8, bread prices rose. "
     "Ines flew to Tamsby the day before our talks.",
     [("Monday, March 4", "2024-03-04"), ("Friday, March 8", "2024-03-08"),
      ("the day before", "2024-03-03")]),
]


@pytest.mark.parametrize("text,expected", READERS)
def test_checks_read_the_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, WED) == expected

"""The shared day-word lists (``resources.day_words``): the members of each variant, and the
rules and checks that read them (invented sentences, publication date Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text
from summarize.temporal.keys import RULE_KEYS
from summarize.temporal.resources.day_words import (
    DAY_AT_WORDS,
    DAY_WORDS,
    IDIOM_DAY_WORDS,
    POST_DAY_WORDS,
    POST_TONIGHT_SPELLINGS,
    TONIGHT_SPELLINGS,
)

WED = date(2024, 3, 13)
DAY_OF = {"today": "2024-03-13", "2day": "2024-03-13", "tomorrow": "2024-03-14",
          "tmrw": "2024-03-14", "2moro": "2024-03-14", "2morrow": "2024-03-14",
          "tomoz": "2024-03-14", "yday": "2024-03-12", "yest": "2024-03-12",
          "tmr": "2024-03-14"}


def _values(text: str) -> dict[str, str]:
    """Each mention's text -> its value."""
    return {text[m.start:m.end]: m.value for m in tag_text(text, WED)}


VARIANTS = [
    (DAY_WORDS, {"today", "2day", "tonight", "tonite", "2nite", "tomorrow", "tmrw", "2moro",
                 "2morrow", "tomoz",
                 "tonyt", "2nyt", "tmr"}),  # session 30
    (POST_DAY_WORDS, {"tmrw", "2moro", "2morrow", "tomoz", "yday", "yest",  # "yest": session 11
                      "tmr"}),  # session 30
    (DAY_AT_WORDS, {"today", "tomorrow", "2day"}),
    (IDIOM_DAY_WORDS, {"today", "2day", "tonight", "tonite", "2nite", "tomorrow", "tmrw",
                       "2moro"}),
    (TONIGHT_SPELLINGS, {"tonight", "tonite", "2nite", "tonyt", "2nyt"}),  # the last two: s30
    (POST_TONIGHT_SPELLINGS, {"tonite", "2nite", "tonyt", "2nyt"}),
]


@pytest.mark.parametrize(("words", "members"), VARIANTS)
def test_each_variant_has_its_members(words: tuple[str, ...], members: set[str]) -> None:
    """A variant's members are those its sites read (a change to one is a change of behaviour)."""
    assert set(words) == members and len(words) == len(members)


@pytest.mark.parametrize("word", DAY_WORDS)
def test_a_weekday_joined_to_any_day_word_is_ahead(word: str) -> None:
    """Every spelling joins a lower-case weekday to the day of writing: it lies ahead even in a
    past clause ("closed today and monday")."""
    assert _values(f"the Quillmere pool closed {word} and monday")["monday"] == "2024-03-18"


@pytest.mark.parametrize("word", IDIOM_DAY_WORDS)
def test_the_night_after_a_day_word_is_a_predicate(word: str) -> None:
    """"tonight's the night": "the night" names no time of its own after the idiom's words."""
    found = _values(f"{word}'s the night for the Brackenfold quiz")
    assert "the night" not in found and word in found


@pytest.mark.parametrize("word", [*DAY_AT_WORDS, *POST_DAY_WORDS])
def test_an_hour_after_a_day_word_and_at_is_afternoon(word: str) -> None:
    """"tmrw at 4:30": clock_at_day reads one to six after a day word and "at" as p.m."""
    assert _values(f"{word} at 4:30 by the Ellery canal")[f"{word} at 4:30"] \
        == DAY_OF[word] + "T16:30"


@pytest.mark.parametrize("word", DAY_AT_WORDS)
def test_day_at_words_are_read_in_any_case(word: str) -> None:
    """"Today at 4:30", "2DAY at 4:30": the plain words in any case."""
    shown = word.upper()
    assert _values(f"{shown} at 4:30 by the Ellery canal")[f"{shown} at 4:30"] \
        == DAY_OF[word] + "T16:30"


def test_clock_at_day_is_keyed_by_every_day_at_word() -> None:
    """The rule's keys hold every word its regex reads before "at"."""
    assert set(DAY_AT_WORDS) | set(POST_DAY_WORDS) <= RULE_KEYS["clock_at_day"]
    assert set(TONIGHT_SPELLINGS) <= RULE_KEYS["clock_until_evening"]

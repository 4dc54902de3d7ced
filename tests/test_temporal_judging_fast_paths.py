"""Session 17: the fast paths of judging a match (``names``, ``years_or_counts``) decide as the
plain checks they stand for, on random texts built of the pieces the checks read."""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

names = importlib.import_module("summarize.temporal.names")

#: ``names._PROSE_WORD`` as it was written before its first letter moved out of the look-behind.
_PLAIN_PROSE_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")


def test_prose_word_opening_with_its_letter_finds_what_the_plain_pattern_finds() -> None:
    rng = random.Random(17)
    bits = ["word", "abc", "Abcd", "x", "it's", "’tis", "don’t", " ", "  ", "\n", ".", "-", "_",
            "9", "é", "élan", "naïve", "'", "’", "ABCDE", "wxyz_", "q"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(1, 9)))
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                want = _PLAIN_PROSE_WORD.search(text, lo, hi)
                got = names._PROSE_WORD.search(text, lo, hi)
                assert (got and got.span()) == (want and want.span()), (text, lo, hi)
                found += want is not None
    assert found > 1000


def test_pet_noun_guard_holds_wherever_a_pet_pattern_matches() -> None:
    """``_pet_named`` leaves at once when an ASCII window holds no ``_PET_NOUN`` in lower case:
    wherever either pet pattern matches, the window (ASCII) has one."""
    rng = random.Random(17)
    bits = ["dog", "DOG", "Dogs", "puppy", "Pup", "cat", "Kitten", "PONY", "parrot", "rabbit",
            "bunny", "hamster", "tortoise", "goldfish", "Guinea pig", "budgie", "lamb", "goat",
            "donkey", " called ", " named ", " is called ", " was Named ", ", ", ",", " ", "\t",
            "named the ", "called my ", "christened our ", "NICKNAMED a ", "x", "Monday",
            "ſ", "K", "ı", "İ", "hamſter", "Kitten"]
    hits = Counter()
    for _ in range(4000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(1, 7)))
        for s in range(len(text) + 1):
            lo = max(0, s - 40)
            if names._PET_NAMED_BEFORE.search(text, lo, s) or names._PET_BEFORE.search(text, lo, s):
                window = text[lo:s]
                hits["ascii" if window.isascii() else "other"] += 1
                assert not window.isascii() or names._PET_NOUN.search(window.lower()), (text, s)
    assert hits["ascii"] > 300 and hits["other"] > 20, hits


def test_checks_after_the_capital_test_need_a_capital() -> None:
    """``part_of_a_name`` asks for a paper's frequency word and for "Yesterday's ..." only after
    the match's first character proved a capital, and ``_named_by_its_context`` only where it is
    a capital or the "t" of "the": wherever their patterns match, that character is there."""
    rng = random.Random(17)
    bits = ["Weekly", "weekly", "Daily", "Monthly", "Yesterday", "Tomorrow", "the ", "The ",
            "THE ", "Midnight", "midnight", "Noon", "x", " ", "\t", "'s", "É", "é", "Ω"]
    hits = Counter()
    for _ in range(2000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(1, 5)))
        for s in range(len(text)):
            for e in range(s + 1, len(text) + 1):
                if names._PAPER_FREQUENCY.fullmatch(text, s, e):
                    hits["paper"] += 1
                    assert text[s].isupper(), (text, s, e)
                if names._ONE_WORD.fullmatch(text, s, e):
                    hits["one"] += 1
                    assert text[s].isupper() or text[s] == "t", (text, s, e)
    assert hits["paper"] > 100 and hits["one"] > 100


def test_every_idiom_holding_now_has_and_after_it() -> None:
    """``in_an_idiom`` passes a "now" over unless "and" follows it: in every idiom found on
    random texts, the letters "now" (in any case) stand before what ``_AND_AFTER`` matches."""
    sense = importlib.import_module("summarize.temporal.sense_checks")
    rng = random.Random(17)
    bits = ["now", "Now", "NOW", "every", "and", "then", "again", "known", "snow", "nowt", " ",
            "now and then", "NOW AND AGAIN", "every now and", "and then", "and again",
            "  ", "\n", ",", "back in the day", "one day at a time", "today", "'s", " is the day",
            "tomorrow", "call it a day", "a day", "up to date", "once in a while", "when",
            "years to the day", "x"]
    held = 0
    for _ in range(4000):
        text = rng.choice(["", " ", "\t"]).join(rng.choice(bits) for _ in range(rng.randint(2, 9)))
        for idiom in sense._IDIOM.finditer(text):
            for p in range(idiom.start(), idiom.end() - 2):
                if text[p:p + 3].lower() == "now":
                    held += 1
                    assert sense._AND_AFTER.match(text, p + 3), (text, idiom)
    assert held > 300


def _year_guards(years):
    """(pattern, window's length, searched as a string of its own, the words it needs)."""
    return [(years._MATH_WORDS_BEFORE, 24, False, years._MATH_WORDS),
            (years._MATH_OF_BEFORE, 24, False, years._MATH_OF_WORDS),
            (years._CONSUMED_BEFORE, 24, False, years._CONSUMED_WORDS),
            (years._LABEL_BEFORE, 24, True, years._LABEL_WORDS),
            (years._COUNT_NOUN_BEFORE, 48, False, years._COUNT_NOUN_WORDS),
            (years._SOFTWARE_NAME_BEFORE, 48, False, years._PRODUCT_WORDS),
            (years._WORK_BEFORE, 24, True, years._WORK_WORDS)]


def _year_bits(years, words: frozenset[str] | None = None) -> list[str]:
    """Pieces of text round a year: the guards' words (or ``words``), in three cases, and
    what the patterns read between and around them."""
    if words is None:
        words = frozenset().union(*(guard[3] for guard in _year_guards(years)))
    ordered = sorted(words)  # not the set's order, which moves with the hash seed
    return ordered + [w.upper() for w in ordered] + [w.title() for w in ordered] + [
        "re-read", "Re-Watching", "re-watch", "h.r.", "H.R", "hr.", "no.", "Nos", "ext.", "#",
        " ", " ", "  ", "\t", "\n", ",", "(", "-", "x", "7", "of", "was", "is", "by", "root",
        "factors", "to", "the", "PayDesk", "reached", "ſ", "é", "K", "ı", "İ", "Hamſter"]


def test_year_word_guards_hold_wherever_their_patterns_match() -> None:
    """``year_is_date`` searches behind the number with a pattern that needs a word only where
    ``_words`` of the window holds one: wherever the pattern matches, it does (or the window is
    not ASCII and every search runs)."""
    years = importlib.import_module("summarize.temporal.years_or_counts")
    rng = random.Random(17)
    hits = Counter()
    for pattern, reach, own, needed in _year_guards(years):
        bits = _year_bits(years, needed)
        for _ in range(1500):
            text = rng.choice(["", " ", " "]).join(rng.choice(bits)
                                                   for _ in range(rng.randint(2, 7)))
            for start in range(len(text) + 1):
                near = years._words(text[max(0, start - 48):start])
                lo = max(0, start - reach)
                found = pattern.search(text[lo:start]) if own else pattern.search(text, lo, start)
                if found:
                    hits[pattern.pattern] += 1
                    words = years._words(text[lo:start]) if own else near
                    assert years._may(words, needed), (pattern.pattern, text, start)
    assert len(hits) == 7 and min(hits.values()) >= 5, hits


def test_year_is_date_decides_as_without_its_word_guards(monkeypatch) -> None:
    """On random texts around a four-digit number, ``year_is_date`` with its word guards says
    what it says with every search run."""
    years = importlib.import_module("summarize.temporal.years_or_counts")
    rng = random.Random(18)
    bits = [*_year_bits(years), "in", "In", "the", "km", "votes", "to", "2010", "people",
            "sold", "Street", "Elm", "Trust", ":", ".", "The"]
    cases = []
    for _ in range(6000):
        before = " ".join(rng.choice(bits) for _ in range(rng.randint(0, 7)))
        after = " ".join(rng.choice(bits) for _ in range(rng.randint(0, 3)))
        text = before + rng.choice([" ", "", "#"]) + "1999" + rng.choice([" ", "", "-"]) + after
        start = text.index("1999", len(before))
        cases.append((text, start, start + 4))
    guarded = [years.year_is_date(*case) for case in cases]
    monkeypatch.setattr(years, "_may", lambda words, needed: True)
    assert [years.year_is_date(*case) for case in cases] == guarded
    assert 300 < guarded.count(False) < len(cases) - 300


_YEARS = importlib.import_module("summarize.temporal.years_or_counts")


def _drawn_from_its_pattern(which: int, data) -> None:
    """Text drawn from guard ``which``'s pattern (any branch, any case): where the pattern
    matches behind its end, the window's words hold one the guard needs."""
    pattern, reach, own, needed = _year_guards(_YEARS)[which]
    loose = pattern.pattern.replace(r"\b", "").removesuffix("$")  # matches more: filtered below
    tail = data.draw(st.from_regex(re.compile(loose, pattern.flags), fullmatch=True,
                                   alphabet=st.characters(codec="ascii")))
    text = data.draw(st.sampled_from(["", " ", "x", "7 ", "The "])) + tail
    start = len(text)
    lo = max(0, start - reach)
    found = pattern.search(text[lo:start]) if own else pattern.search(text, lo, start)
    if found:
        window = text[lo:start] if own else text[max(0, start - 48):start]
        assert _YEARS._may(_YEARS._words(window), needed), (pattern.pattern, text)


_QUICK = {"deadline": None, "derandomize": True, "suppress_health_check": list(HealthCheck)}


@pytest.mark.parametrize("which", [0, 1, 2, 4, 5, 6])
@settings(max_examples=150, **_QUICK)
@given(data=st.data())
def test_year_word_guards_hold_on_text_drawn_from_their_patterns(which: int, data) -> None:
    """The word guards on text drawn from each pattern itself (every branch of its
    alternation, in any case), so a word missing from a guard's set fails here."""
    _drawn_from_its_pattern(which, data)


@settings(max_examples=1500, **_QUICK)
@given(data=st.data())
def test_label_words_guard_holds_on_text_drawn_from_its_pattern(data) -> None:
    """The same for the labels' pattern, whose alternation has some 65 branches."""
    _drawn_from_its_pattern(3, data)

"""Session 17: the fast paths of judging a match (``names``, ``years_or_counts``) decide as the
plain checks they stand for, on random texts built of the pieces the checks read."""

from __future__ import annotations

import importlib
import random
import re
from collections import Counter

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

"""Word alternations as tries (session 15): the same matches as the flat longest-first list they
replaced, and the shipped table of them up to date (regenerate with
``python -m summarize.temporal.make_tables``)."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys

import pytest

from summarize.temporal import patterns
from summarize.temporal.patterns import ALTERNATIONS, alt, build_alternation


def _flat(words: set[str]) -> str:
    """The alternation as sessions 1-14 wrote it: longest first, spaces matching any blank."""
    forms = sorted(words, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("tail", ["", r"\b", r"(?=\s|$)", r"x", r"\s+b"])
def test_a_trie_matches_what_the_flat_list_matches(seed: int, tail: str) -> None:
    rng = random.Random(seed)
    letters = "ab x."
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))).strip() or "a"
             for _ in range(rng.randint(3, 25))}
    flat = re.compile(_flat(words) + tail, re.IGNORECASE)
    trie = re.compile(build_alternation(words) + tail, re.IGNORECASE)
    assert flat.pattern != trie.pattern or len(words) < 2
    for _ in range(150):
        text = "".join(rng.choice(letters + "AB") for _ in range(rng.randint(0, 12)))
        for pos in range(len(text) + 1):
            a, b = flat.match(text, pos), trie.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (words, text, pos)


def test_the_trie_shares_prefixes_and_tries_the_longer_word_first() -> None:
    assert alt(["day", "days", "daybreak", "dawn"]) == "(?:da(?:wn|y(?:break|s)?))"
    assert re.match(alt(["new year", "new"]), "new   year").group() == "new   year"
    assert alt(["May", "may"]) == "(?:May|may)"  # equal but for case: kept flat
    assert alt(["May", "may"], case_sensitive=True) == "(?:(?:May|may))"


def test_a_word_list_missing_from_the_shipped_table_is_built(monkeypatch) -> None:
    words = ["zephyrday", "zephyrnight"]
    monkeypatch.setattr(patterns, "_MADE", {})
    assert alt(words) == build_alternation(words) == "(?:zephyr(?:day|night))"


def test_the_shipped_alternations_are_up_to_date() -> None:
    code = ("import json\n"
            "import summarize.temporal.make_tables\n"
            "from summarize.temporal.patterns import made_alternations\n"
            "print(json.dumps(made_alternations()))")
    fresh = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                      text=True, check=True).stdout)
    shipped = json.loads(ALTERNATIONS.read_text(encoding="utf-8"))
    assert shipped == fresh, "alternations are stale: run python -m summarize.temporal.make_tables"
    assert len(shipped) > 50

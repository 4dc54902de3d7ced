"""The ninth speed pass (issue 18 item 7) changes no output: the test in front of the clock
rules' zones passes every zone."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from summarize.evaluate.timeml import read_tml_folder
from summarize.temporal import rules_times
from summarize.temporal.patterns import compile_rule
from summarize.temporal.rule_table import ALL_RULES

_PATTERNS = {name: pattern for name, _, pattern in ALL_RULES}
#: The clock rules that read a zone, each with and without the test in front of it.
_ZONED = [name for name, pattern in _PATTERNS.items() if rules_times._TZ in pattern]
_PLAIN = {name: compile_rule(_PATTERNS[name].replace(rules_times._TZ_START, ""))
          for name in _ZONED}
_FAST = {name: compile_rule(_PATTERNS[name]) for name in _ZONED}

#: Clock times of each zoned rule, and what may follow one: every zone in three cases, names
#: before "time", determiners and weekdays the rule turns down, parts of the day, and letters
#: that a case-blind match takes for ASCII ones (long s, Kelvin sign, dotted and dotless i).
_TIMES = ("14:30", "9:05", "0600", "3pm", "11 a.m.", "ten thirty am", "seven p.m.", "23h15")
_ZONES = (*rules_times._ZONE_STARTS[:-5], "local time", "ET", "PT", "CT", "MT")
_AFTER = ("", " ", "  ", "\t", " (", "(", " )", "\n", ",", ".", " hrs", " hours",
          " Pacific time", " UK time", " Central European Time", " The time", " Monday time",
          " Some Time", " pacific time", " council meeting", " in the morning", " at night",
          " tonight", " talks", " ſt", " ıst", " İst", " \u212aT", " Eſt", " gmtx", " Éloi Time",
          " 3", ":", "-", " a", " Ab")


def _cases(word: str) -> tuple[str, ...]:
    return word, word.lower(), word.upper(), word.capitalize(), word.swapcase()


def _after_a_time(rng: random.Random) -> str:
    bits = [rng.choice(_AFTER) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.5:
        bits.insert(rng.randint(0, len(bits)), rng.choice(" (") + rng.choice(
            _cases(rng.choice(_ZONES))))
    return "".join(bits)


def _same_matches(text: str) -> int:
    """Assert each zoned rule matches ``text`` at every start as without the test; the
    number of matches that read a zone."""
    zoned = 0
    for name in _ZONED:
        for pos in range(len(text)):
            fast, plain = _FAST[name].match(text, pos), _PLAIN[name].match(text, pos)
            assert (fast and (fast.span(), fast.groupdict())) == (
                plain and (plain.span(), plain.groupdict())), (name, text, pos)
            zoned += bool(plain and plain.group("tz"))
    return zoned


def test_the_zone_test_lets_every_zone_through() -> None:
    zoned = 0
    for clock in _TIMES:
        for zone in _ZONES:
            for cased in _cases(zone):
                for gap in (" ", "", " (", "\t", "  "):
                    zoned += _same_matches(f"at {clock}{gap}{cased}) on Monday")
    assert zoned > 1000  # the zones were read, with the test in front of them


def test_the_zone_test_changes_no_match_on_random_text() -> None:
    rng = random.Random(9)
    zoned = 0
    for _ in range(2500):
        text = rng.choice(("", "at ", "won ", "by ", "(", "Friday ")) + rng.choice(_TIMES) \
            + _after_a_time(rng)
        zoned += _same_matches(text)
    assert zoned > 300


def _development_texts(timebank: Path, meantime: Path, t17: Path) -> Iterator[str]:
    for folder in (timebank, meantime):
        for doc in read_tml_folder(folder)[0]:
            yield doc.text
    for path in sorted(t17.glob("*/articles.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            yield str(record.get("text", ""))


def test_the_zone_test_changes_no_match_on_the_development_texts(
        timebank: Path, meantime: Path, t17: Path) -> None:
    clock = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b|\d{4}\s*(?:hrs|[A-Z])")
    seen = zoned = 0
    for text in _development_texts(timebank, meantime, t17):
        for hit in clock.finditer(text):
            zoned += _same_matches(text[max(0, hit.start() - 12):hit.end() + 30])
            seen += 1
    assert seen > 1000 and zoned > 20

"""The ninth speed pass (issue 18 item 7) changes no output: the test in front of the clock
rules' zones passes every zone, the clock rule's own context check answers as every check, and
so does a clock time's acceptance."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path

import pytest

from summarize.evaluate.timeml import read_tml_folder
from summarize.temporal import checks, rules_times
from summarize.temporal.patterns import compile_rule
from summarize.temporal.rule_table import ALL_RULES

recognise_module = import_module("summarize.temporal.recognise")  # the module, not its function

_PATTERNS = {name: pattern for name, _, pattern in ALL_RULES}
#: The clock rules that read a zone, each with and without the test in front of it (a part of
#: the day after the zone is read as before).
_ZONED = [name for name, pattern in _PATTERNS.items() if rules_times._TZ in pattern]
_PLAIN = {name: compile_rule(_PATTERNS[name].replace(rules_times._TZ_START, ""))
          for name in _ZONED}
_FAST = {name: compile_rule(_PATTERNS[name]) for name in _ZONED}

#: Clock times of each such rule, and what may follow one: every zone in five cases, names
#: before "time", determiners and weekdays the rule turns down, parts of the day, and letters
#: that a case-blind match takes for ASCII ones (long s, Kelvin sign, dotted and dotless i).
_TIMES = ("14:30", "9:05", "0600", "3pm", "11 a.m.", "ten thirty am", "seven p.m.", "23h15",
          "at 9", "quarter past six", "ten o'clock", "by eleven")
_ZONES = (*rules_times._ZONE_STARTS[:-5], "local time", "ET", "PT", "CT", "MT")
_PARTS = ("in the morning", "this evening", "tomorrow night", "yesterday afternoon",
          "that night", "at night", "tonight", "İn the morning", "ın the evening", "attic",
          "in  the\tafternoon", "thisevening", "to night", "yesterday")
_AFTER = ("", " ", "  ", "\t", " (", "(", " )", "\n", ",", ".", " hrs", " hours",
          " Pacific time", " UK time", " Central European Time", " The time", " Monday time",
          " Some Time", " pacific time", " council meeting", " talks", " ſt", " ıst", " İst",
          " ſgt", " h\u212at", " \u212aT", " Eſt", " gmtx", " Éloi Time", " 3", ":", "-", " a",
          " Ab")


def _cases(word: str) -> tuple[str, ...]:
    return word, word.lower(), word.upper(), word.capitalize(), word.swapcase()


def _after_a_time(rng: random.Random) -> str:
    bits = [rng.choice(_AFTER) for _ in range(rng.randint(0, 3))]
    for words in (_ZONES, _PARTS):
        if rng.random() < 0.5:
            bits.insert(rng.randint(0, len(bits)), rng.choice(" (\t") + rng.choice(
                _cases(rng.choice(words))))
    return "".join(bits)


def _same_matches(text: str) -> tuple[int, int]:
    """Assert each such rule matches ``text`` at every start as without the tests; the
    numbers of matches that read a zone and a part of the day."""
    zoned = parted = 0
    for name in _ZONED:
        for pos in range(len(text)):
            fast, plain = _FAST[name].match(text, pos), _PLAIN[name].match(text, pos)
            assert (fast and (fast.span(), fast.groupdict())) == (
                plain and (plain.span(), plain.groupdict())), (name, text, pos)
            if plain:
                g = plain.groupdict()
                zoned += bool(g.get("tz"))
                parted += bool(g.get("podw") or g.get("atnight") or g.get("tonight"))
    return zoned, parted


def test_the_zone_test_lets_every_zone_through() -> None:
    zoned = 0
    for clock in _TIMES:
        for zone in _ZONES:
            for cased in _cases(zone):
                for gap in (" ", "", " (", "\t", "  "):
                    zoned += _same_matches(f"at {clock}{gap}{cased}) on Monday")[0]
    assert zoned > 1000  # the zones were read, with the test in front of them


def test_the_zone_test_changes_no_match_on_random_text() -> None:
    rng = random.Random(9)
    zoned = parted = 0
    for _ in range(2500):
        text = rng.choice(("", "at ", "won ", "by ", "(", "Friday ")) + rng.choice(_TIMES) \
            + _after_a_time(rng)
        z, p = _same_matches(text)
        zoned, parted = zoned + z, parted + p
    assert zoned > 300 and parted > 100  # zones read, and parts of the day after them


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
    seen = zoned = parted = 0
    for text in _development_texts(timebank, meantime, t17):
        for hit in clock.finditer(text):
            z, p = _same_matches(text[max(0, hit.start() - 12):hit.end() + 40])
            seen, zoned, parted = seen + 1, zoned + z, parted + p
    assert seen > 1000 and zoned > 20 and parted > 0


#: Before and after a 24-hour time: what its own check reads (a result word, a name, a
#: preposition, a zone) and what the other checks read in other rules (units, seasons, parts of
#: the day, weekdays, idioms).
_BEFORE_24H = ("", "won ", "Luke ", "the vote split ", "at ", "by ", "March: ", "report, ",
               "Sunday ", "the summer ", "now and then ", "in a minute ", "scores ", "\n")
_AFTER_24H = ("", " GMT", " local time", " Pacific time", " hrs", " in the morning",
              " tonight", " mark", " summer house", " school", " at night", " and then", ".")


def _matches_24h(text: str) -> list[re.Match[str]]:
    rx = compile_rule(_PATTERNS["clock_24h"])
    return [m for m in (rx.match(text, p) for p in range(len(text))) if m is not None]


def _same_verdicts(text: str) -> tuple[int, int]:
    """Assert ``context_ok`` answers each clock_24h match in ``text`` as every check;
    the numbers of matches accepted and turned down."""
    yes = no = 0
    for m in _matches_24h(text):
        g = m.groupdict()
        expected = checks.context_ok(text, "clock_24h", m, g, shortcut=False)
        assert checks.context_ok(text, "clock_24h", m, g) is expected, (text, m)
        yes, no = yes + expected, no + (not expected)
    return yes, no


def test_the_clock_rule_reads_none_of_the_groups_the_other_checks_read() -> None:
    groups = set(compile_rule(_PATTERNS["clock_24h"]).groupindex)
    assert {"prep", "tz", "span"} <= groups
    assert not groups & checks.GROUPS_READ
    assert "unit" in checks.GROUPS_READ and "pod" in checks.GROUPS_READ


def test_the_clock_rules_check_answers_as_every_check_on_random_text() -> None:
    rng = random.Random(24)
    yes = no = 0
    for _ in range(3000):
        text = "".join(rng.choice(_BEFORE_24H) for _ in range(rng.randint(1, 3))) \
            + f"{rng.randint(0, 23):02d}:{rng.choice(('00', '15', '45'))}" \
            + "".join(rng.choice(_AFTER_24H) for _ in range(rng.randint(0, 2)))
        y, n = _same_verdicts(text)
        yes, no = yes + y, no + n
    assert yes > 500 and no > 200  # both answers, and each reason to accept, were exercised


@pytest.mark.parametrize("text, expected", [
    ("won 21:19", False), ("won 21:19 GMT", True), ("won at 21:19", True), ("Luke 2:14", False),
    ("Luke 2:14 local time", True), ("report, 09:45", True), ("March: 15:00", True)])
def test_the_clock_rules_check_reads_its_zone_and_preposition(text: str, expected: bool) -> None:
    (m, *_) = _matches_24h(text)
    assert checks.context_ok(text, "clock_24h", m) is expected
    assert checks.context_ok(text, "clock_24h", m, shortcut=False) is expected


def test_the_clock_rules_check_answers_as_every_check_on_the_development_texts(
        timebank: Path, meantime: Path, t17: Path) -> None:
    yes = no = 0
    for text in _development_texts(timebank, meantime, t17):
        for hit in re.finditer(r"\d[:h]\d", text):
            y, n = _same_verdicts(text[max(0, hit.start() - 40):hit.end() + 40])
            yes, no = yes + y, no + n
    assert yes > 200 and no > 0


#: The clock rules, and clock times with what may make one a name's part or no time at all.
_CLOCK_RULES = {name: compile_rule(pattern) for name, kind, pattern in ALL_RULES
                if kind == "clock"}
_CLOCK_TEXTS = ("15:00", "9 a.m.", "Ten thirty am", "Quarter past six", "at 9 tonight",
                "Friday at 3", "1400 hrs", "seven o'clock", "just after nine", "3pm", "21:19",
                "Tonight at 8", "SEVEN PM", "by 0600 GMT", "Eleven o'clock")
_CLOCK_BEFORE = ("", "won ", "Luke ", "the film ", "at ", "the novel ", "John ", "(", "\n")
_CLOCK_AFTER = ("", " Street", " Road", " in the morning", " Club", " GMT", ".", ", then",
                " Express", " News", " local time", " Show")


def _same_acceptance(text: str) -> tuple[int, int]:
    """Assert ``_accept`` answers each clock rule's match in ``text`` as every check;
    the numbers of matches accepted and turned down."""
    yes = no = 0
    for name, rx in _CLOCK_RULES.items():
        for m in (rx.match(text, p) for p in range(len(text))):
            if m is None or m.end() == m.start():
                continue
            g = m.groupdict()
            expected = recognise_module._accept(text, name, "clock", m, g, shortcut=False)
            assert recognise_module._accept(text, name, "clock", m, g) is expected, (name, text)
            yes, no = yes + expected, no + (not expected)
    return yes, no


def test_a_clock_time_is_accepted_as_by_every_check_on_random_text() -> None:
    rng = random.Random(7)
    yes = no = 0
    for _ in range(2000):
        text = "".join(rng.choice(_CLOCK_BEFORE) for _ in range(rng.randint(0, 2))) \
            + rng.choice(_CLOCK_TEXTS) + rng.choice(_CLOCK_AFTER)
        y, n = _same_acceptance(text)
        yes, no = yes + y, no + n
    assert yes > 1000 and no > 200


@pytest.mark.parametrize("text, expected", [
    ("the novel Ten thirty am Street", False), ("15:00 Street", True), ("won 21:19", False),
    ("meet at 9 a.m. Road works", True), ("At Eleven O'clock Club", False)])
def test_a_clock_time_in_a_name_or_a_score_is_turned_down(text: str, expected: bool) -> None:
    verdicts = [recognise_module._accept(text, name, "clock", m, m.groupdict())
                for name, rx in _CLOCK_RULES.items()
                for m in (rx.match(text, p) for p in range(len(text))) if m is not None]
    assert verdicts and all(v is expected for v in verdicts), verdicts


def test_a_clock_time_is_accepted_as_by_every_check_on_the_development_texts(
        timebank: Path, meantime: Path, t17: Path) -> None:
    clock = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b|o'clock|\d{4}\s*hrs")
    yes = no = 0
    for text in _development_texts(timebank, meantime, t17):
        for hit in clock.finditer(text):
            y, n = _same_acceptance(text[max(0, hit.start() - 40):hit.end() + 40])
            yes, no = yes + y, no + n
    assert yes > 1000 and no > 0

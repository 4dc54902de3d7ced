"""The recognition rules in order, and their first-character tables
(``first_chars.match_starts``) precomputed and shipped as data, so that a short run neither
analyses every pattern nor compiles rules its text never keys.

Each entry carries a fingerprint of its rule's pattern and flags: a table entry that does not
match the rule as it is now is ignored (and the rule analysed afresh), so a stale table can
only cost time, never change a result. Regenerate after changing rules with::

    python -m summarize.temporal.make_tables
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

from . import rules_dates, rules_durations, rules_relative, rules_times
from .eras import RULES as ERA_RULES
from .first_chars import Starts, match_starts
from .patterns import compile_rule

#: (rule name, kind, pattern) in priority order: earlier rules win ties of equal length.
ALL_RULES: list[tuple[str, str, str]] = (rules_dates.RULES + rules_times.RULES
                                         + rules_relative.RULES + rules_durations.RULES
                                         + ERA_RULES)
TABLE = Path(__file__).with_name("resources") / "rule_starts.json"


def fingerprint(rx: re.Pattern[str]) -> str:
    """A short digest of a compiled rule's pattern and flags."""
    return hashlib.blake2b(f"{rx.flags}\x00{rx.pattern}".encode(), digest_size=8).hexdigest()


def entry(rx: re.Pattern[str]) -> dict:
    """The table entry of one rule: its fingerprint and its Starts (null: any start)."""
    st = match_starts(rx)
    starts = None if st is None else {k: "".join(sorted(getattr(st, k))) for k in
                                      ("first", "alone", "second")} | {
        "pairs": sorted(st.pairs)}
    return {"fingerprint": fingerprint(rx), "starts": starts}


@cache
def _shipped() -> dict[str, dict]:
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def rule_starts(name: str, rx: re.Pattern[str]) -> Starts | None:
    """The Starts of rule ``name`` from the shipped table when it matches the rule as it is,
    else analysed now."""
    found = _shipped().get(name)
    if found is None or found.get("fingerprint") != fingerprint(rx):
        return match_starts(rx)
    s = found["starts"]
    if s is None:
        return None
    return Starts(frozenset(s["first"]), frozenset(s["alone"]), frozenset(s["pairs"]),
                  frozenset(s["second"]))


def build() -> dict[str, dict]:
    """The table for the rules as they are now."""
    return {name: entry(compile_rule(pattern)) for name, _, pattern in ALL_RULES}


def write() -> int:
    """Write the table for the rules as they are now; the number of rules."""
    table = build()
    TABLE.write_text(json.dumps(table, indent=1, sort_keys=True, ensure_ascii=True) + "\n",
                     encoding="utf-8")
    return len(table)

"""The recogniser's shipped start tables match the rules as they are (regenerate with
``python -m summarize.temporal.make_tables``), and a short text compiles only the rules it
keys."""

from __future__ import annotations

import json
import subprocess
import sys

from summarize.temporal import rule_table
from summarize.temporal.first_chars import match_starts
from summarize.temporal.patterns import compile_rule


def test_the_shipped_table_is_up_to_date_with_the_rules() -> None:
    shipped = json.loads(rule_table.TABLE.read_text(encoding="utf-8"))
    assert shipped == rule_table.build(), \
        "rule tables are stale: run python -m summarize.temporal.make_tables"


def test_a_table_entry_for_another_pattern_is_not_used() -> None:
    name, _, pattern = next(r for r in rule_table.ALL_RULES if r[0] == "weekday")
    changed = compile_rule(pattern + "(?:x)?")
    assert rule_table.rule_starts(name, changed) == match_starts(changed)
    assert rule_table.rule_starts(name, compile_rule(pattern)) == \
        match_starts(compile_rule(pattern))


def test_a_short_text_compiles_only_the_rules_it_keys() -> None:
    code = ("import importlib\n"
            "r = importlib.import_module('summarize.temporal.recognise')\n"
            "before = sum(x is not None for x in r._RULES)\n"
            "r.recognise('The strike began on Monday.')\n"
            "print(before, sum(x is not None for x in r._RULES), len(r._RULES))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    before, after, total = map(int, out)
    assert before == 0 and 0 < after <= 12 and total > 40

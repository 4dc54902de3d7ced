"""``python -m summarize.temporal.make_tables``: regenerate the data tables shipped with the
recogniser (``resources/rule_starts.json``, ``resources/alternations.json``) after changing a
rule or a word list; a test checks they are up to date."""

from __future__ import annotations

import json

from .patterns import ALTERNATIONS, made_alternations
from .rule_table import TABLE, write


def write_alternations() -> int:
    """Write every word list's trie the engine's modules asked for (importing this package
    imports them all); return how many."""
    table = made_alternations()
    ALTERNATIONS.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    print(f"wrote {TABLE} ({write()} rules)")
    print(f"wrote {ALTERNATIONS} ({write_alternations()} alternations)")

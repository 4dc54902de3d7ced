"""``python -m summarize.temporal.make_tables``: regenerate the data tables shipped with the
recogniser (``resources/rule_starts.json``) after changing a rule; a test checks they are
up to date."""

from __future__ import annotations

from .rule_table import TABLE, write

if __name__ == "__main__":
    print(f"wrote {TABLE} ({write()} rules)")

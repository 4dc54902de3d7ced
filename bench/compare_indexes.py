"""Whether two indexes of the same corpus store the same results (an update against a cold
build): per article id its context, date, mentions and placements, the storylines and the story
of every article, the learned eras and the day entries. Opens both read-only.

    python bench/compare_indexes.py UPDATED.sqlite COLD.sqlite
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

QUERIES = {
    "articles": "SELECT a.id, a.published, a.context, t.dct, t.dct_source, t.mentions, "
                "t.placements FROM articles a JOIN tagged t ON t.hash = a.hash "
                "AND t.context = a.context ORDER BY a.id",
    "storylines": "SELECT rank, id, label, first, last, sources FROM storylines ORDER BY rank",
    "story_of": "SELECT a.id, s.story FROM story_of s JOIN articles a ON a.rowid = s.article "
                "ORDER BY a.id",
    "day entries": "SELECT view, key, gran, start, end, features, uncertain, coarse, n, "
                   "sources, shared FROM entries WHERE view = 'day' ORDER BY key, gran",
}


def stored(path: str) -> dict[str, list]:
    """Each compared table's rows (and the learned eras' reprs) from the index at ``path``."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        out = {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
        eras = conn.execute("SELECT value FROM meta WHERE key = 'era-scope-set'").fetchone()
        out["learned eras"] = json.loads(eras[0]) if eras else []
    return out


def digest(rows: list) -> str:
    return hashlib.blake2b(repr(rows).encode(), digest_size=12).hexdigest()


def main(argv: list[str]) -> int:
    """Print one line per table; exit 1 when any differs, 2 on a wrong call or a bad file."""
    if len(argv) != 2 or any(a.startswith("-") for a in argv):
        print("usage: python bench/compare_indexes.py UPDATED.sqlite COLD.sqlite", file=sys.stderr)
        return 2
    try:
        missing = next((a for a in argv if not Path(a).is_file()), None)
        if missing is not None:
            raise sqlite3.OperationalError("no such file")
        first, second = stored(argv[0]), stored(argv[1])
    except sqlite3.Error as error:
        print(f"compare_indexes: {missing or ' / '.join(argv)}: not a readable dateline index "
              f"({error})", file=sys.stderr)
        return 2
    same = True
    for name, rows in first.items():
        other = second[name]
        ok = rows == other
        same &= ok
        print(f"{name}: {len(rows):,} / {len(other):,} rows, "
              f"{'identical' if ok else 'DIFFERENT'} ({digest(rows)} / {digest(other)})")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

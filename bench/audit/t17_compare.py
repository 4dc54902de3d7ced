"""Re-tag the mentions of an earlier Timeline17 tune-half sample with the current engine.

Reads the JSON lines ``t17_sample.py`` printed (its mentions carry article, start and end),
tags the tune stories again and prints, for each sampled mention whose span, type or value
changed, the old and new readings (session 9's before/after audit, ``bench/audit_t17_tune.md``).
Check-half stories are never opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from t17_sample import context, tagged_articles  # type: ignore[import-not-found]


def main(argv: list[str] | None = None) -> int:
    """Print one JSON line per sampled mention that reads differently now, and a count."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", type=Path)
    ap.add_argument("sample", type=Path)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.sample.read_text().splitlines()]
    sampled = [r for r in rows if r.get("kind") == "m"]
    wanted = {(r["topic"], r["article"]) for r in sampled}
    now = {}
    for topic, tagged in tagged_articles(args.root):
        if (topic, tagged.article.id) in wanted:  # ids repeat across topics
            now[topic, tagged.article.id] = tagged
    changed = 0
    for n, r in enumerate(sampled, 1):
        tagged = now[r["topic"], r["article"]]
        over = [m for m in tagged.mentions if m.start < r["end"] and r["start"] < m.end]
        new = [(m.text, m.type, m.value) for m in over]
        if new != [(r["text"], r["type"], r["value"])]:
            changed += 1
            print(json.dumps({"n": n, "old": [r["text"], r["type"], r["value"]], "new": new,
                              "ctx": context(tagged.article.text, r["start"], r["end"])}))
    print(json.dumps({"sampled": len(sampled), "changed": changed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

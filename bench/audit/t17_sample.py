"""Draw the Timeline17 tune-half audit sample: mentions and sentences, seeded, tune stories only.

Used by session 9's real-news audit (``bench/audit_t17_tune.md``): tags every article of the
tune stories (``summarize/evaluate/splits.json``, key ``t17``) with its publication date as
the DCT, then draws N mentions and M sentences with a fixed seed and prints them as JSON lines.
Check-half stories are never opened.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from summarize.evaluate.splits import recorded_split
from summarize.ingest.load import load_paths
from summarize.models import TaggedArticle
from summarize.tagging import tag_article

SEED = 9


def tune_folders(root: Path) -> list[Path]:
    """The topic folders of the tune stories (a folder's story is its name before '_')."""
    tune = set(recorded_split("t17").tune)
    return [p for p in sorted(root.iterdir()) if p.name in tune]


def tagged_articles(root: Path) -> Iterator[tuple[str, TaggedArticle]]:
    """Each tune-story article tagged against its publication date: (topic, tagged)."""
    for folder in tune_folders(root):
        loaded = load_paths([str(folder / "articles.json")])
        for article in loaded.articles:
            yield folder.name, tag_article(article, given=article.published)


def context(text: str, start: int, end: int, words: int = 12) -> str:
    """The expression with about ``words`` words around it, the expression in brackets."""
    left = text[:start].split()[-words // 2:]
    right = text[end:].split()[:words // 2]
    return " ".join([*left, "[" + text[start:end] + "]", *right])


def main(argv: list[str] | None = None) -> int:
    """Print the sampled mentions and sentences as JSON lines."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", type=Path)
    ap.add_argument("--mentions", type=int, default=400)
    ap.add_argument("--sentences", type=int, default=150)
    ap.add_argument("--full", action="store_true", help="print whole sentences (for judging)")
    args = ap.parse_args(argv)
    mentions, sentences = [], []
    for topic, tagged in tagged_articles(args.root):
        dct = tagged.dct.isoformat() if tagged.dct else ""
        for m in tagged.mentions:
            mentions.append((topic, tagged.article.id, dct, m, tagged))
        for s in tagged.sentences:
            sentences.append((topic, tagged.article.id, dct, s, tagged))
    rng = random.Random(SEED)
    picked = sorted(rng.sample(range(len(mentions)), args.mentions))
    rng = random.Random(SEED + 1)
    picked_s = sorted(rng.sample(range(len(sentences)), args.sentences))
    print(json.dumps({"mentions_total": len(mentions), "sentences_total": len(sentences)}))
    for i in picked:
        topic, aid, dct, m, tagged = mentions[i]
        sent = tagged.sentences[m.sentence]
        row = {"kind": "m", "i": i, "topic": topic, "article": aid, "dct": dct,
               "start": m.start, "end": m.end, "text": m.text, "type": m.type,
               "value": m.value, "rule": m.rule,
               "ctx": context(tagged.article.text, m.start, m.end)}
        if args.full:
            row["sentence"] = sent.text
        print(json.dumps(row))
    for i in picked_s:
        topic, aid, dct, s, tagged = sentences[i]
        found = [(m.text, m.value) for m in tagged.mentions if m.sentence == s.index]
        print(json.dumps({"kind": "s", "i": i, "topic": topic, "article": aid, "dct": dct,
                          "sentence": s.text, "found": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build a realistic synthetic news corpus for benchmarks.

Articles are made from real article text (the bundled samples, plus Timeline17 when
``../shared/data/tls/t17`` is beside the checkout): each synthetic article keeps a base
article's opening, mixes in sentences from other articles of the same story, is credited to
one of several outlets and published on a shifted date; about one in ten carries no date.
Output: JSONL shards of 1,000 articles. Deterministic for a given seed.

    python bench/generate_corpus.py OUT_DIR --articles 10000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.ingest import load_paths  # noqa: E402
from summarize.sentences import split_spans  # noqa: E402

OUTLETS = ["Harbour Wire", "The Northern Ledger", "Radio Kelvan", "Orvessa Courier",
           "Tidewater Daily", "Coastline Review", "Meridian Post", "Eastgate Times",
           "The Valmora Star", "Kestrel News Agency", "Lowland Herald", "Civic Bulletin"]


def story_pools(t17: Path | None) -> list[list[tuple[str, object]]]:
    """Groups of (text, published) per story: one per sample folder and per T17 topic."""
    pools: dict[str, list[tuple[str, object]]] = {}
    samples = load_paths([str(ROOT / "samples")]).articles
    for a in samples:
        pools.setdefault("samples", []).append((a.text, a.published))
    if t17 and t17.is_dir():
        for topic in sorted(p for p in t17.iterdir() if (p / "articles.json").is_file()):
            for a in load_paths([str(topic / "articles.json")]).articles:
                pools.setdefault(topic.name, []).append((a.text, a.published))
    return [p for p in pools.values() if len(p) > 1]


def synthesize(rng: random.Random, pool: list[tuple[str, object]], index: int) -> dict:
    text, published = rng.choice(pool)
    spans = split_spans(text)
    sentences = [text[s:e] for s, e in spans] or [text]
    other_text, _ = rng.choice(pool)
    others = [other_text[s:e] for s, e in split_spans(other_text)] or sentences
    body = sentences[:3] + [rng.choice(others) if rng.random() < 0.3 else s
                            for s in sentences[3:]]
    body = body[:40]
    record = {"id": f"syn-{index:06d}", "title": " ".join(body[0].split()[:10]),
              "source": rng.choice(OUTLETS), "text": "\n\n".join(
                  " ".join(body[i:i + 3]) for i in range(0, len(body), 3))}
    if published is not None and rng.random() > 0.1:
        record["published"] = (published + timedelta(days=rng.randint(-20, 20))).isoformat()
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--t17", type=Path, default=ROOT.parent / "shared/data/tls/t17")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pools = story_pools(args.t17)
    args.out.mkdir(parents=True, exist_ok=True)
    size = 0
    for shard in range(0, args.articles, 1000):
        path = args.out / f"shard-{shard // 1000:04d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(shard, min(shard + 1000, args.articles)):
                line = json.dumps(synthesize(rng, rng.choice(pools), i), ensure_ascii=False)
                out.write(line + "\n")
                size += len(line) + 1
    print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

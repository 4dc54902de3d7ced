"""Build a realistic synthetic news corpus for benchmarks.

Articles are made from real article text (the bundled samples, plus Timeline17 when
``../shared/data/tls/t17`` is beside the checkout): each synthetic article keeps a base
article's opening, mixes in sentences from other articles of the same story, is credited to
one of several outlets and published on a shifted date; about one in ten carries no date.
A real feed of many articles holds many stories, not the few of the source pools: each pool
is told as one story per STORY_ARTICLES articles, each with names and vocabulary of its own
(the pool's words that are rare in English replaced by invented ones) and its own months
(published dates moved); the first story of a pool keeps the real text.
Output: JSONL shards of 1,000 articles. Deterministic for a given seed.

    python bench/generate_corpus.py OUT_DIR --articles 10000 [--seed 7] [--stories-of N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.ingest import load_paths  # noqa: E402
from summarize.sentences import split_spans  # noqa: E402

OUTLETS = ["Harbour Wire", "The Northern Ledger", "Radio Kelvan", "Orvessa Courier",
           "Tidewater Daily", "Coastline Review", "Meridian Post", "Eastgate Times",
           "The Valmora Star", "Kestrel News Agency", "Lowland Herald", "Civic Bulletin"]
#: Articles per story on average: a pool becomes articles // (STORY_ARTICLES * pools) stories.
STORY_ARTICLES = 200
#: Days between the months of two stories made from one pool.
STORY_SPACING = 41
#: Words kept as they are: calendar words (the tagger reads them) and words common in
#: English (Zipf 4.5 and over: "oil", "Gulf", "President").
CALENDAR = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday christmas easter
ramadan thanksgiving hanukkah diwali eid new year day week month fortnight midnight midday
noon overnight weekend decade century quarter annual anniversary""".split())
_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}\b|\b[A-Z]{2,}\b")
_SYLLABLES = ["ka", "lo", "ve", "mir", "tan", "sor", "bel", "dru", "fen", "gal", "hox", "ith",
              "jun", "kel", "mar", "nov", "pra", "quin", "ros", "sel", "tor", "ul", "vask", "wen",
              "zan", "bri", "cor", "dal", "esk", "fro", "gim", "hul"]


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


def invented(word: str, story: int) -> str:
    """A name of story ``story`` standing for ``word`` (the same in every article of it)."""
    lower = word.lower()
    digest = hashlib.blake2b(f"{story}:{lower}".encode(), digest_size=8).digest()
    made = "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in digest[:4])
    if word.isupper():  # an acronym ("BP") stays one
        return made[:len(word) + 1].upper()
    return made.capitalize() if word[0].isupper() else made


@cache
def kept(word: str) -> bool:
    """A word every story keeps: a calendar word, or one common in English."""
    from wordfreq import zipf_frequency

    return word.lower() in CALENDAR or zipf_frequency(word, "en") >= 4.5


@cache
def renamer(story: int) -> Callable[[str], str]:
    """Replace the words of a text that are rare in English by the words of ``story`` (story
    0 keeps the pool's own)."""
    words: dict[str, str] = {}

    def rename(match: re.Match) -> str:
        word = match.group()
        if word not in words:
            words[word] = word if kept(word) else invented(word, story)
        return words[word]

    return lambda text: text if story == 0 else _WORD.sub(rename, text)


def synthesize(rng: random.Random, pool: list[tuple[str, object]], index: int,
               story: int = 0) -> dict:
    text, published = rng.choice(pool)
    spans = split_spans(text)
    sentences = [text[s:e] for s, e in spans] or [text]
    other_text, _ = rng.choice(pool)
    others = [other_text[s:e] for s, e in split_spans(other_text)] or sentences
    body = sentences[:3] + [rng.choice(others) if rng.random() < 0.3 else s
                            for s in sentences[3:]]
    body = body[:40]
    rename = renamer(story)
    record = {"id": f"syn-{index:06d}", "title": rename(" ".join(body[0].split()[:10])),
              "source": rng.choice(OUTLETS), "text": rename("\n\n".join(
                  " ".join(body[i:i + 3]) for i in range(0, len(body), 3)))}
    if published is not None and rng.random() > 0.1:
        shift = rng.randint(-20, 20) + story * STORY_SPACING
        record["published"] = (published + timedelta(days=shift)).isoformat()
    return record


def drawn_articles(rng: random.Random, pools: list[list[tuple[str, object]]], n: int,
                   stories: int) -> Iterator[tuple[int, int, dict]]:
    """The corpus's articles in order, each with the (pool, story) drawn for it: the one place
    the draws are made, so ``bench_index.py`` learns each article's story from the same code."""
    for i in range(n):
        pool = rng.randrange(len(pools))
        story = rng.randrange(stories)
        yield pool, story, synthesize(rng, pools[pool], i, story)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--t17", type=Path, default=ROOT.parent / "shared/data/tls/t17")
    parser.add_argument("--stories-of", type=int, metavar="N",
                        help="tell as many stories as a corpus of N articles does (for articles "
                             "added to one; default: --articles)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pools = story_pools(args.t17)
    stories = max(1, (args.stories_of or args.articles) // (STORY_ARTICLES * len(pools)))
    args.out.mkdir(parents=True, exist_ok=True)
    size = 0
    drawn = drawn_articles(rng, pools, args.articles, stories)
    for shard in range(0, args.articles, 1000):
        path = args.out / f"shard-{shard // 1000:04d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for _ in range(shard, min(shard + 1000, args.articles)):
                line = json.dumps(next(drawn)[2], ensure_ascii=False)
                out.write(line + "\n")
                size += len(line) + 1
    print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

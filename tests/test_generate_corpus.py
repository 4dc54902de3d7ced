"""The benchmark corpus generator: one place makes the draws, and the stories the index bench
reads back are the ones the corpus was written with."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import generate_corpus as gen  # noqa: E402


def _pools() -> list[list[tuple[str, object]]]:
    return gen.story_pools(None)  # the samples' pools: no shared data needed


def test_written_corpus_is_the_drawn_articles(tmp_path: Path) -> None:
    gen.main([str(tmp_path), "--articles", "1203", "--seed", "5", "--t17", str(tmp_path / "no"),
              "--stories-of", "40000"])
    written = [json.loads(line) for shard in sorted(tmp_path.glob("shard-*.jsonl"))
               for line in shard.read_text(encoding="utf-8").splitlines()]
    pools = _pools()
    stories = max(1, 40000 // (gen.STORY_ARTICLES * len(pools)))
    drawn = list(gen.drawn_articles(random.Random(5), pools, 1203, stories))
    assert [path.name for path in sorted(tmp_path.glob("shard-*.jsonl"))] == [
        "shard-0000.jsonl", "shard-0001.jsonl"]
    assert written == [record for _, _, record in drawn]
    assert len({story for _, story, _ in drawn}) > 1  # several stories, so the check can fail


def test_stories_do_not_depend_on_renaming() -> None:
    """bench_index skips the renaming for speed: it must draw nothing from the generator."""
    pools = _pools()
    real = [(p, s) for p, s, _ in gen.drawn_articles(random.Random(9), pools, 300, 20)]
    with mock.patch.object(gen, "renamer", lambda _story: lambda text: text):
        skipped = [(p, s) for p, s, _ in gen.drawn_articles(random.Random(9), pools, 300, 20)]
    assert real == skipped
    assert len(set(real)) > 5

"""Story hints for undated articles: the dated articles sharing the rarest names."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import numpy
import pytest

from summarize.stories import StoryIndex

NAMES = [f"Name{i}" for i in range(40)]


def reference_hints(dated: list[tuple[set[str], date]], terms: set[str], k: int = 8
                    ) -> list[date]:
    """The rule spelt out: every shared name adds log(n / df) + 0.1 to an article's score
    (names in over a twentieth of the corpus, when that is over 50, count nothing); the k
    best-scored (ties: the first scored, walking names in sorted order) scoring 2+ count."""
    n = len(dated)
    scores: dict[int, float] = {}
    for term in sorted(terms):
        posting = [i for i, (names, _) in enumerate(dated) if term in names]
        if not posting or len(posting) > max(50, n // 20):
            continue
        for i in posting:
            scores[i] = scores.get(i, 0.0) + math.log(n / len(posting)) + 0.1
    best = sorted(scores, key=lambda i: -scores[i])[:k]  # sorted() is stable: first scored
    return sorted(dated[i][1] for i in best if scores[i] >= 2.0)


@pytest.mark.parametrize("seed", range(20))
def test_hints_follow_the_rule_even_with_many_ties(seed: int) -> None:
    rng = random.Random(seed)
    day = date(2024, 1, 1)
    # Few names per article from a small vocabulary: many articles tie on score.
    dated = [(set(rng.sample(NAMES, rng.randint(1, 4))), day + timedelta(days=rng.randrange(60)))
             for _ in range(rng.randint(5, 300))]
    index = StoryIndex.from_terms(dated)
    for _ in range(25):
        terms = set(rng.sample(NAMES, rng.randint(1, 6)))
        k = rng.choice([1, 3, 8])
        assert index.hints_for(terms, k) == reference_hints(dated, terms, k)


def test_no_shared_name_gives_no_hint() -> None:
    index = StoryIndex.from_terms([({"Valmora"}, date(2024, 5, 4))])
    assert index.hints_for({"Orvessa"}) == []


@pytest.mark.parametrize("seed", range(5))
def test_an_index_sent_to_workers_gives_the_same_hints_and_packs_its_postings_once(
        seed: int) -> None:
    """The index goes to the workers pickled, once per share of undated articles: its postings
    travel as one array of article numbers (not a list of ints per name, three times slower to
    load), packed once however many shares, and the loaded index gives the same hints."""
    import pickle

    rng = random.Random(seed)
    day = date(2024, 1, 1)
    dated = [(set(rng.sample(NAMES, rng.randint(1, 4))), day + timedelta(days=rng.randrange(60)))
             for _ in range(rng.randint(60, 300))]
    index = StoryIndex.from_terms(dated)
    state = index.__getstate__()
    assert state["ids"].dtype.kind == "i"
    assert len(state["ids"]) == sum(len(names) for names, _ in dated)
    assert index.__getstate__() is state  # a second share reuses the packing
    loaded = pickle.loads(pickle.dumps(index))
    again = pickle.loads(pickle.dumps(loaded))
    for _ in range(25):
        terms = set(rng.sample(NAMES, rng.randint(1, 6)))
        want = reference_hints(dated, terms)
        assert loaded.hints_for(terms) == want == again.hints_for(terms) == index.hints_for(terms)


@pytest.mark.parametrize("seed", range(10))
def test_scores_are_the_sums_added_one_by_one_in_walk_order(seed: int) -> None:
    """The scoring of walked postings (a stable sort instead of numpy.unique): the distinct
    articles ascending, each with its weights added in walk order, bit for bit; runs ascending
    as the index walks them, and shuffled (the result must not lean on the runs' order)."""
    from summarize.stories import _scores

    rng = random.Random(seed)
    runs = [sorted(rng.sample(range(3000), rng.randint(1, 400))) for _ in range(rng.randint(1, 30))]
    weights = [rng.uniform(0.1, 9.0) for _ in runs]
    ids = [i for run in runs for i in run]
    each = [w for run, w in zip(runs, weights, strict=True) for _ in run]
    if seed % 2:
        mixed = list(zip(ids, each, strict=True))
        rng.shuffle(mixed)
        ids, each = [i for i, _ in mixed], [w for _, w in mixed]
    want: dict[int, float] = {}
    for i, w in zip(ids, each, strict=True):
        want[i] = want.get(i, 0.0) + w
    scored, scores = _scores(numpy.array(ids, dtype=numpy.int64), numpy.array(each))
    assert scored.tolist() == sorted(want)
    assert scores.tolist() == [want[i] for i in sorted(want)]  # exact floats

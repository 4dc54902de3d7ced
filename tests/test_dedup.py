"""Near-duplicate sentences (wire copy): normalisation, pair decisions, clusters, collapse."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from itertools import product
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.dedup import (
    LSH_WEIGHTS,
    NUM_PERM,
    collapse,
    find_duplicates,
    is_near_duplicate,
    lsh_params,
    normalise,
)

ROOT = Path(__file__).resolve().parent.parent

BLAST = "Police said on Friday that 12 people had died in the blast."
BLAST_NO_ON = "Police said Friday that 12 people had died in the blast."
BLAST_PTB = "`` Police said Friday that 12 people had died in the blast . ''"
MAYOR = "The mayor said the city would rebuild."
MAYOR_QUOTED = "“The mayor said the city would rebuild,” reporters wrote."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It 's 1,000 , he said ''", ("its", "1000", "he", "said")),
        ("“It’s 1000,” he said", ("its", "1000", "he", "said")),
        ("`` We do n't know , '' she said .", ("we", "dont", "know", "she", "said")),
        ("‘We don’t know,’ she said.", ("we", "dont", "know", "she", "said")),
        ("Prices rose 3.5% in the U.S.", ("prices", "rose", "3.5", "in", "the", "u.s")),
        ("  Multiple   spaces\tand\nlines ", ("multiple", "spaces", "and", "lines")),
        ("-- ... !", ()),
    ],
)
def test_normalise(text: str, words: tuple[str, ...]) -> None:
    assert normalise(text) == words


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # One inserted word in 12: 1 - 1/23 = 0.96 similar.
        (BLAST, BLAST_NO_ON, True),
        # PTB quotes and spacing vanish in normalisation.
        (BLAST_NO_ON, BLAST_PTB, True),
        ("“We will rebuild,” the mayor said.", "`` We will rebuild , '' the mayor said .", True),
        # 7 vs 9 words, 2 extra: 1 - 2/16 = 0.875.
        (MAYOR, MAYOR_QUOTED, True),
        # 7 vs 8 words sharing 5 in order: 1 - 5/15 = 0.67.
        (MAYOR, "The governor said the state would not rebuild.", False),
        # Same words but another number: an update, not a copy.
        (
            "The death toll rose to 50 on Friday, officials said.",
            "The death toll rose to 60 on Friday, officials said.",
            False,
        ),
        # Short sentences only match when identical after normalisation.
        ("He left.", "He left!", True),
        ("He left.", "She left.", False),
        ("Talks resumed today.", "Talks resumed.", False),
    ],
)
def test_is_near_duplicate(a: str, b: str, same: bool) -> None:
    assert is_near_duplicate(normalise(a), normalise(b)) is same
    assert is_near_duplicate(normalise(b), normalise(a)) is same


def test_find_duplicates_clusters_wire_copy_only() -> None:
    texts = [
        BLAST,
        MAYOR,
        BLAST_PTB,
        "Officials said the toll rose to 50.",
        "Officials said the toll rose to 60.",
        "He left.",
        "He left!",
        MAYOR_QUOTED,
    ]
    assert find_duplicates(texts) == [[0, 2], [1, 7], [3], [4], [5, 6]]


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [
        (0.95, [[0], [1]]),  # 7 vs 9 words: 0.875 is below 0.95
        (0.85, [[0, 1]]),
    ],
)
def test_threshold_is_the_word_similarity(threshold: float, expected: list[list[int]]) -> None:
    assert find_duplicates([MAYOR, MAYOR_QUOTED], threshold=threshold) == expected


@pytest.mark.parametrize("threshold", [0.0, -0.5, 1.5])
def test_threshold_out_of_range_is_rejected(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        find_duplicates([MAYOR], threshold=threshold)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([], []),
        ([MAYOR], [[0]]),
        (["", "  ", "..."], [[0, 1, 2]]),  # nothing left after normalisation: identical
        ([MAYOR, MAYOR, MAYOR], [[0, 1, 2]]),
    ],
)
def test_degenerate_inputs(texts: list[str], expected: list[list[int]]) -> None:
    assert find_duplicates(texts) == expected


def _synthetic_copies(count: int, seed: int) -> tuple[list[str], list[list[int]]]:
    """Random-word sentences, each followed later by a copy with one word inserted."""
    rng = random.Random(seed)
    vocabulary = ["".join(p) for p in product("bdgkm", "aeiou", "lnprs", "aeiou", "tz")]
    originals = [rng.sample(vocabulary, rng.randint(12, 20)) for _ in range(count)]
    copies = []
    for words in originals:
        spot = rng.randint(1, len(words) - 1)
        copies.append([*words[:spot], "inserted", *words[spot:]])
    texts = [" ".join(w) + "." for w in originals + copies]
    return texts, [[i, i + count] for i in range(count)]


def test_lsh_finds_every_one_word_edit_among_many() -> None:
    # Each copy is 1 - 1/(2L+1) >= 0.96 similar to its original; random words from a
    # 1250-word vocabulary make unrelated sentences far below 0.8.
    texts, expected = _synthetic_copies(300, seed=7)
    assert find_duplicates(texts) == expected


def test_collapse_keeps_every_source_in_first_seen_order() -> None:
    items = [
        (BLAST, "Reuters"),
        ("Ash from the glacier closed airports across northern Europe.", "BBC"),
        (BLAST_NO_ON, "AP"),
        (BLAST_PTB, "Reuters"),
        ("police said friday that 12 people had died in the blast", ""),
        ("Ash from the glacier closed airports across northern Europe!", "Guardian"),
    ]
    merged = collapse(items, lambda item: item[0], lambda item: item[1])
    assert merged == [
        (items[0], ["Reuters", "AP"]),
        (items[1], ["BBC", "Guardian"]),
    ]


def test_collapse_of_nothing() -> None:
    assert collapse([], str, str) == []


_WORDS = st.sampled_from(["the", "flood", "rose", "12", "river", "town", "said", "on", "x"])
_SENTENCES = st.lists(st.lists(_WORDS, max_size=9).map(" ".join), max_size=25)


@settings(max_examples=60, deadline=None)
@given(_SENTENCES)
def test_clusters_partition_the_input(texts: list[str]) -> None:
    clusters = find_duplicates(texts)
    flat = [i for cluster in clusters for i in cluster]
    assert sorted(flat) == list(range(len(texts)))
    assert all(cluster == sorted(cluster) for cluster in clusters)
    assert [c[0] for c in clusters] == sorted(c[0] for c in clusters)
    assert find_duplicates(texts) == clusters
    for cluster in clusters:  # single linkage: every member is near at least one other
        words = {i: normalise(texts[i]) for i in cluster}
        for i in cluster if len(cluster) > 1 else ():
            assert any(is_near_duplicate(words[i], words[j]) for j in cluster if j != i)


_SCRIPT = """
import json, sys
from summarize.dedup import find_duplicates
print(json.dumps(find_duplicates(json.loads(sys.argv[1]))))
"""


def test_same_clusters_under_different_hash_seeds() -> None:
    texts, expected = _synthetic_copies(40, seed=3)
    outputs = []
    for seed in ("0", "999"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, json.dumps(texts)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        )  # fmt: skip
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == expected


@pytest.mark.parametrize("jaccard", [0.1, 0.2, 0.3, 0.45, 0.7])
def test_lsh_params_match_datasketch(jaccard: float) -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=jaccard, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    assert lsh_params(jaccard) == (lsh.b, lsh.r)

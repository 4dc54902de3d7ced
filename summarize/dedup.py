"""Near-duplicate sentences across articles (wire copy), clustered exactly and deterministically.

MinHash LSH over word 3-gram shingles proposes candidate pairs cheaply (signatures and bands
computed with numpy in bulk; bands and rows chosen by datasketch's criterion); each pair is then
confirmed by word-level similarity, so a cluster never rests on a hash collision.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache
from itertools import chain, combinations
from typing import TypeVar

import numpy
from rapidfuzz.distance import Indel

from summarize import regex_cache as rx

#: Word-level similarity (1 - insertions+deletions / total words) two sentences need.
DEFAULT_THRESHOLD = 0.8
#: Sentences with fewer normalised words than this only match when identical.
MIN_WORDS = 4
SHINGLE_SIZE = 3
#: Up to this many sentences every pair is compared directly: exact, and cheaper than hashing.
PAIRWISE_UP_TO = 40
NUM_PERM = 64
SEED = 1
#: Shingle Jaccard falls much faster than word similarity (one edit breaks three shingles),
#: so LSH looks for pairs this far below the confirmation threshold.
LSH_SLACK = 0.5
LSH_WEIGHTS = (0.2, 0.8)  # (false positive, false negative): favour recall, pairs are checked
_SHIFT = numpy.uint64(32)
_GRID = 1025  # integration points for lsh_params
_CHUNK = 1 << 15  # shingles hashed per numpy pass (x NUM_PERM x 8 bytes of memory)

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'", "´": "'"})
_CLITIC = rx.compile(r"\s+(n't|'(?:s|re|ve|ll|d|m)\b)")
_TOKEN = rx.compile(r"[^\W_]+(?:\.[^\W_]+)*")
_INNER_MARKS = str.maketrans("", "", "',")

T = TypeVar("T")
S = TypeVar("S", bound=Hashable)


@lru_cache(maxsize=1 << 17)
def normalise(text: str) -> tuple[str, ...]:
    """Lower-cased words without punctuation, quotes or PTB artefacts; numbers kept.

    ``"It 's 1,000 , he said ''"`` and ``"“It’s 1000,” he said"`` give the same words.
    """
    lowered = text.lower().translate(_QUOTES).replace("''", " ")
    joined = _CLITIC.sub(r"\1", lowered).translate(_INNER_MARKS)
    return tuple(_TOKEN.findall(joined))


@lru_cache(maxsize=1 << 17)
def _numbers(words: tuple[str, ...]) -> frozenset[str]:
    """The words that hold a digit ("50", "3.5", "t-90m"): they must agree for a match."""
    return frozenset(w for w in words if not w.isalpha() and any(c.isdigit() for c in w))


def is_near_duplicate(
    a: tuple[str, ...], b: tuple[str, ...], threshold: float = DEFAULT_THRESHOLD
) -> bool:
    """Whether two normalised sentences are the same sentence, give or take a few words.

    Short sentences must be identical; different numbers (a toll of 50 vs 60) never match.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_WORDS:
        return False
    return _confirmed(a, b, _numbers(a), _numbers(b), threshold)


def _confirmed(
    a: tuple[str, ...], b: tuple[str, ...], nums_a: frozenset, nums_b: frozenset, threshold: float
) -> bool:
    if nums_a != nums_b:
        return False
    return Indel.normalized_similarity(a, b, score_cutoff=threshold) >= threshold


class _Clusters:
    """Union-find whose root is always the smallest index, so it is the representative."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        by_root: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            by_root.setdefault(self.find(i), []).append(i)
        return list(by_root.values())


def find_duplicates(
    texts: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD,
    pairwise: bool | None = None, keys: numpy.ndarray | None = None,
) -> list[list[int]]:
    """Partition ``range(len(texts))`` into clusters of near-duplicate sentences.

    Every index appears once (singletons included); each cluster is ascending and the
    clusters are ordered by their first index, which is the representative. Which pairs are
    compared is decided by the number of distinct sentences (``pairwise`` forces one rule:
    an index updated piece by piece must keep the rule of the whole); ``keys`` are the
    texts' ``band_keys`` when already known.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    clusters = _Clusters(len(texts))
    first_of: dict[tuple[str, ...], int] = {}
    for i, text in enumerate(texts):
        words = normalise(text)
        if words in first_of:
            clusters.union(first_of[words], i)
        else:
            first_of[words] = i
    long_enough = [(words, i) for words, i in first_of.items() if len(words) >= MIN_WORDS]
    if len(long_enough) < 2:
        return clusters.groups()
    sentences = [words for words, _ in long_enough]
    if pairwise is None:
        pairwise = len(sentences) <= PAIRWISE_UP_TO
    if pairwise:
        pairs: Iterable[tuple[int, int]] = combinations(range(len(sentences)), 2)
    else:
        known = None if keys is None else keys[[i for _, i in long_enough]]
        # Only sentences with the same numbers can match: a band shared by a thousand
        # sentences that differ by a count or a date ("day 12 of the strike") is not a
        # million pairs to check.
        pairs = candidate_pairs(sentences, threshold, known, [_numbers(w) for w in sentences])
    for a, b in pairs:
        first, second = long_enough[a][1], long_enough[b][1]
        if clusters.find(first) != clusters.find(second) and _confirmed(
            sentences[a], sentences[b], _numbers(sentences[a]), _numbers(sentences[b]), threshold
        ):
            clusters.union(first, second)
    return clusters.groups()


def distinct_long(texts: Iterable[str]) -> int:
    """How many distinct sentences ``find_duplicates`` would compare (it picks its rule by it)."""
    return len({w for w in map(normalise, texts) if len(w) >= MIN_WORDS})


def words_hash(words: tuple[str, ...]) -> int:
    """A stable signed 64-bit hash of normalised words (equal words, equal hash)."""
    digest = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def band_keys(sentences: Sequence[tuple[str, ...]], threshold: float = DEFAULT_THRESHOLD
              ) -> numpy.ndarray:
    """One LSH bucket id per band (columns) for each sentence of at least SHINGLE_SIZE words:
    two sentences are candidates when any column agrees. Unsigned 64-bit, wrapping."""
    bands, rows = lsh_params(round(max(0.1, threshold - LSH_SLACK), 3))
    if not sentences:
        return numpy.zeros((0, bands), dtype=numpy.uint64)
    signatures = minhash_signatures(sentences)[:, : bands * rows]
    mixers = _permutations(rows)[0]
    return (signatures.reshape(len(sentences), bands, rows) * mixers).sum(axis=2)


def candidate_pairs(
    sentences: Sequence[tuple[str, ...]], threshold: float, keys: numpy.ndarray | None = None,
    groups: Sequence[Hashable] | None = None,
) -> list[tuple[int, int]]:
    """Index pairs ``(a, b)``, ``a < b``, whose shingle MinHashes share an LSH band (and,
    with ``groups``, whose groups are equal)."""
    if keys is None:
        keys = band_keys(sentences, threshold)
    found: set[tuple[int, int]] = set()
    for band in range(keys.shape[1]):
        column = keys[:, band]
        order = numpy.argsort(column, kind="stable")
        ordered = column[order]
        edges = numpy.flatnonzero(ordered[1:] != ordered[:-1]) + 1
        run_starts = numpy.concatenate(([0], edges))
        run_ends = numpy.concatenate((edges, [len(order)]))
        for start, end in zip(run_starts.tolist(), run_ends.tolist(), strict=True):
            if end - start < 2:
                continue
            members = sorted(order[start:end].tolist())
            if groups is None:
                found.update(combinations(members, 2))
                continue
            by_group: dict[Hashable, list[int]] = {}
            for i in members:
                by_group.setdefault(groups[i], []).append(i)
            for same in by_group.values():
                found.update(combinations(same, 2))
    return sorted(found)


@lru_cache(maxsize=16)
def lsh_params(jaccard: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) minimising the weighted false positive and negative areas at ``jaccard``.

    The criterion of datasketch's ``MinHashLSH``, integrated with numpy so that importing
    dateline does not pay for datasketch's scipy import.
    """
    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = numpy.array([b for b, _ in pairs], dtype=float)[:, None]
    rows = numpy.array([r for _, r in pairs], dtype=float)[:, None]
    below = numpy.linspace(0.0, jaccard, _GRID)
    above = numpy.linspace(jaccard, 1.0, _GRID)
    false_positive = numpy.trapezoid(1 - (1 - below**rows) ** bands, below, axis=1)
    false_negative = numpy.trapezoid((1 - above**rows) ** bands, above, axis=1)
    error = LSH_WEIGHTS[0] * false_positive + LSH_WEIGHTS[1] * false_negative
    return pairs[int(numpy.argmin(error))]


@lru_cache(maxsize=4)
def _permutations(count: int = NUM_PERM) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Fixed-seed multiply-shift hashes ``h -> (a*h + b mod 2**64) >> 32`` with odd ``a``."""
    generator = numpy.random.RandomState(SEED)
    a = generator.randint(0, 1 << 64, size=count, dtype=numpy.uint64) | numpy.uint64(1)
    b = generator.randint(0, 1 << 64, size=count, dtype=numpy.uint64)
    return a, b


def minhash_signatures(sentences: Sequence[tuple[str, ...]]) -> numpy.ndarray:
    """One row of ``NUM_PERM`` MinHash values per sentence over its word 3-gram shingles.

    Words are hashed once with CRC-32 (stable across runs, unlike ``hash``) and shingles
    are combined arithmetically, so the whole corpus is hashed in a few numpy passes.
    """
    every_word = list(chain.from_iterable(sentences))
    codes = {w: zlib.crc32(w.encode("utf-8")) for w in dict.fromkeys(every_word)}
    word_codes = numpy.fromiter(
        map(codes.__getitem__, every_word), dtype=numpy.uint64, count=len(every_word)
    )
    lengths = numpy.fromiter((len(w) for w in sentences), dtype=numpy.int64)
    offsets = numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
    position = numpy.arange(len(word_codes)) - offsets
    starts = numpy.flatnonzero(position <= numpy.repeat(lengths, lengths) - SHINGLE_SIZE)
    m1, m2, m3 = _permutations(NUM_PERM + 3)[0][-3:]
    shingles = (
        word_codes[starts] * m1 + word_codes[starts + 1] * m2 + word_codes[starts + 2] * m3
    ) >> _SHIFT
    counts = lengths - (SHINGLE_SIZE - 1)
    bounds = numpy.cumsum(counts)
    a, b = (p[:, None] for p in _permutations(NUM_PERM))
    signatures = numpy.empty((len(sentences), NUM_PERM), dtype=numpy.uint64)
    first = 0
    while first < len(sentences):
        base = bounds[first] - counts[first]
        last = max(first + 1, int(numpy.searchsorted(bounds, base + _CHUNK, side="right")))
        hashed = (a * shingles[base : bounds[last - 1]] + b) >> _SHIFT  # NUM_PERM x shingles
        segments = bounds[first:last] - counts[first:last] - base
        signatures[first:last] = numpy.minimum.reduceat(hashed, segments, axis=1).T
        first = last
    return signatures


def collapse(
    items: Sequence[T],
    key_text: Callable[[T], str],
    key_source: Callable[[T], S],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[tuple[T, list[S]]]:
    """One entry per near-duplicate cluster: its earliest item and every source that carried it.

    Sources keep first-seen order without repeats; empty sources (unknown outlet) are left out.
    """
    clusters = find_duplicates([key_text(item) for item in items], threshold=threshold)
    out: list[tuple[T, list[S]]] = []
    for cluster in clusters:
        sources = dict.fromkeys(key_source(items[i]) for i in cluster)
        out.append((items[cluster[0]], [s for s in sources if s not in ("", None)]))
    return out

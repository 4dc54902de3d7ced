"""Near-duplicate clusters of a day slot, kept between runs so that new sentences join them.

A fresh build clusters a slot's sentences with ``dedup.find_duplicates``: the connected
components of a graph whose edges are a property of each pair alone (the same words; or, both
long enough, an LSH band in common and confirmed similar), once the rule for choosing pairs is
fixed by the slot's size (``PAIRWISE_UP_TO`` distinct sentences). So while a slot stays above
that size, added sentences only add edges — found through the kept band keys of the old
sentences — and removed ones only split the clusters they were in, which are re-clustered
alone. The result is the fresh build's, without reading the old sentences again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy

from ..dedup import (
    MIN_WORDS,
    PAIRWISE_UP_TO,
    band_keys,
    find_duplicates,
    is_near_duplicate,
    normalise,
    words_hash,
)

#: Texts of the given sentences (ids as in ``SlotClusters.sentences``), read from the index.
TextsOf = Callable[[Sequence[int]], list[str]]
_LOW = numpy.uint64(0xFFFFFFFF)
#: New x candidate pairs whose band keys are compared in one numpy step.
_PAIR_CHUNK = 1 << 20


@dataclass(slots=True)
class SlotClusters:
    """Per member of a slot (aligned arrays): its id (article rowid << 20 | placement pos),
    its sentence (article rowid << 20 | sentence index), the hash of its normalised words,
    whether it is long enough to be compared, and its cluster's label (the cluster's smallest
    member id). Per distinct long sentence (``banded``, sorted hashes): the low 32 bits of its
    LSH band keys — a filter; candidates are checked on the full keys."""

    members: numpy.ndarray
    sentences: numpy.ndarray
    words: numpy.ndarray
    long: numpy.ndarray
    labels: numpy.ndarray
    banded: numpy.ndarray
    bands: numpy.ndarray

    def row(self) -> tuple[bytes, ...]:
        """The arrays as little-endian blobs, in ``STATE_COLUMNS`` order."""
        return (self.members.astype("<i8").tobytes(), self.sentences.astype("<i8").tobytes(),
                self.words.astype("<i8").tobytes(), self.long.astype("u1").tobytes(),
                self.labels.astype("<i8").tobytes(), self.banded.astype("<i8").tobytes(),
                self.bands.astype("<u4").tobytes())

    @classmethod
    def from_row(cls, members: bytes, sentences: bytes, words: bytes, long: bytes,
                 labels: bytes, banded: bytes, bands: bytes) -> SlotClusters:
        def int64(blob: bytes) -> numpy.ndarray:
            return numpy.frombuffer(blob, dtype="<i8").astype(numpy.int64)

        hashes = int64(banded)
        return cls(int64(members), int64(sentences), int64(words),
                   numpy.frombuffer(long, dtype="u1").astype(bool), int64(labels), hashes,
                   numpy.frombuffer(bands, dtype="<u4").reshape(len(hashes), -1)
                   .astype(numpy.uint32))

    def take(self, mask: numpy.ndarray) -> SlotClusters:
        """The members where ``mask`` holds (and the band keys they still need)."""
        rows = _among(self.banded, self.words[mask & self.long])
        return SlotClusters(self.members[mask], self.sentences[mask], self.words[mask],
                            self.long[mask], self.labels[mask], self.banded[rows],
                            self.bands[rows])

    def label_of(self) -> dict[int, int]:
        """Member id -> cluster label."""
        return dict(zip(self.members.tolist(), self.labels.tolist(), strict=True))


#: The ``clusters`` table's columns for ``SlotClusters.row``.
STATE_COLUMNS = "members, sentences, words, long, labels, banded, bands"


def _banded(hashes: numpy.ndarray, long: numpy.ndarray, keys: numpy.ndarray
            ) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct long sentences' hashes (sorted) and the low 32 bits of their band keys."""
    where = numpy.flatnonzero(long)
    banded, first = numpy.unique(hashes[where], return_index=True)
    return banded, (keys[where[first]] & _LOW).astype(numpy.uint32)


@dataclass(slots=True)
class _Fingerprints:
    texts: list[str]
    words: list[tuple[str, ...]]
    hashes: numpy.ndarray
    long: numpy.ndarray
    keys: numpy.ndarray  # full 64-bit band keys, zero rows for short sentences


def _fingerprints(texts: Sequence[str]) -> _Fingerprints:
    words = [normalise(t) for t in texts]
    long = numpy.fromiter((len(w) >= MIN_WORDS for w in words), dtype=bool, count=len(words))
    distinct = list(dict.fromkeys(w for w, ok in zip(words, long.tolist(), strict=True) if ok))
    found = band_keys(distinct)
    row_of = {w: i for i, w in enumerate(distinct)}
    keys = numpy.zeros((len(words), found.shape[1]), dtype=numpy.uint64)
    where = numpy.flatnonzero(long)
    if len(where):
        keys[where] = found[[row_of[words[i]] for i in where.tolist()]]
    hashes = numpy.fromiter(map(words_hash, words), dtype=numpy.int64, count=len(words))
    return _Fingerprints(list(texts), words, hashes, long, keys)


def cluster_labels(ids: numpy.ndarray, clusters: list[list[int]]) -> numpy.ndarray:
    """Each member's cluster label: the smallest id of its cluster (``find_duplicates``'
    clusters are lists of positions in ``ids``)."""
    labels = numpy.empty(len(ids), dtype=numpy.int64)
    for cluster in clusters:
        labels[cluster] = ids[cluster].min()
    return labels


def cluster_slot(ids: Sequence[int], sentences: Sequence[int], texts: Sequence[str]
                 ) -> tuple[list[list[int]], SlotClusters]:
    """A whole slot clustered as ``find_duplicates`` does (members in corpus order), and the
    state that lets later runs update it."""
    member_ids = numpy.asarray(ids, dtype=numpy.int64)
    prints = _fingerprints(texts)
    clusters = find_duplicates(texts, keys=prints.keys)
    state = SlotClusters(member_ids, numpy.asarray(sentences, dtype=numpy.int64),
                         prints.hashes, prints.long, cluster_labels(member_ids, clusters),
                         *_banded(prints.hashes, prints.long, prints.keys))
    return clusters, state


def update_slot(old: SlotClusters, ids: Sequence[int], sentences: Sequence[int],
                texts_of: TextsOf) -> SlotClusters | None:
    """The slot's clusters after its members became ``ids`` (filing ``sentences``); None when
    the slot is (or was) small enough for every pair to be compared — re-cluster it whole."""
    current = numpy.asarray(ids, dtype=numpy.int64)
    filed = numpy.asarray(sentences, dtype=numpy.int64)
    kept = old.take(_still_filed(old, current, filed))
    fresh = ~numpy.isin(current, kept.members)
    added, added_sentences = current[fresh], filed[fresh]
    prints = _fingerprints(texts_of(added_sentences.tolist()))
    banded, bands = _banded(prints.hashes, prints.long, prints.keys)
    fresh_rows = ~_among(banded, kept.banded)
    banded = numpy.concatenate((kept.banded, banded[fresh_rows]))
    bands = numpy.concatenate((kept.bands, bands[fresh_rows]))
    if len(old.banded) <= PAIRWISE_UP_TO or len(banded) <= PAIRWISE_UP_TO:
        return None
    order = numpy.argsort(banded)
    labels = _split_broken(old, kept, texts_of)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent.get(x, x)
        return root

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    new_labels = cluster_labels(
        added, find_duplicates(prints.texts, pairwise=False, keys=prints.keys))
    for i, j in _old_partners(kept, prints, texts_of):
        union(int(new_labels[i]), int(labels[j]))
    merged = {label: find(label) for label in parent}
    final_old, final_new = _relabel(labels, merged), _relabel(new_labels, merged)
    return SlotClusters(
        numpy.concatenate((kept.members, added)),
        numpy.concatenate((kept.sentences, added_sentences)),
        numpy.concatenate((kept.words, prints.hashes)),
        numpy.concatenate((kept.long, prints.long)),
        numpy.concatenate((final_old, final_new)), banded[order], bands[order])


def _still_filed(old: SlotClusters, ids: numpy.ndarray, sentences: numpy.ndarray
                 ) -> numpy.ndarray:
    """Which old members are still in the slot, filing the same sentence (an article filed
    anew reuses its placement numbers for other sentences)."""
    at, found = lookup(ids, old.members)
    return found & (sentences[at] == old.sentences)


def _relabel(labels: numpy.ndarray, merged: dict[int, int]) -> numpy.ndarray:
    """``labels`` with every label found in ``merged`` replaced by its new one."""
    old = numpy.fromiter(merged, dtype=numpy.int64, count=len(merged))
    new = numpy.fromiter(merged.values(), dtype=numpy.int64, count=len(merged))
    at, found = lookup(old, labels)
    out = labels.copy()
    out[found] = new[at[found]]
    return out


def lookup(keys: numpy.ndarray, values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """For each of ``values``, a position in ``keys`` holding it and whether there is one:
    a binary search per value (``keys`` is sorted once, whatever the size of ``values``)."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=numpy.int64), numpy.zeros(len(values), dtype=bool)
    order = numpy.argsort(keys)
    at = order[numpy.minimum(numpy.searchsorted(keys, values, sorter=order), len(keys) - 1)]
    return at, keys[at] == values


def _split_broken(old: SlotClusters, kept: SlotClusters, texts_of: TextsOf) -> numpy.ndarray:
    """Kept members' labels, the clusters that lost members re-clustered among what is left."""
    labels = kept.labels.copy()
    lost = numpy.unique(old.labels[~numpy.isin(old.members, kept.members)])
    broken = numpy.intersect1d(lost, kept.labels)  # emptied clusters need nothing
    if not len(broken):
        return labels
    rows: dict[int, list[int]] = {}
    for i in numpy.flatnonzero(numpy.isin(kept.labels, broken)).tolist():
        rows.setdefault(int(kept.labels[i]), []).append(i)
    for where in rows.values():
        idx = numpy.asarray(where)
        texts = texts_of(kept.sentences[idx].tolist())
        labels[idx] = cluster_labels(kept.members[idx], find_duplicates(texts, pairwise=False))
    return labels


def _among(values: numpy.ndarray, few: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin`` for a long array against a short one, without sorting the long one."""
    return lookup(few, values)[1]


def _old_partners(kept: SlotClusters, prints: _Fingerprints, texts_of: TextsOf
                  ) -> list[tuple[int, int]]:
    """(new index, kept index) pairs that are near-duplicates under the slot's LSH rule."""
    if not len(prints.words) or not len(kept.members):
        return []
    rows = numpy.zeros(len(kept.banded), dtype=bool)
    low = (prints.keys[prints.long] & _LOW).astype(numpy.uint32)
    if len(low):
        for band in range(kept.bands.shape[1]):
            rows |= _among(kept.bands[:, band], low[:, band])
    # One kept member per candidate sentence: exact copies always share a cluster.
    wanted = numpy.concatenate((kept.banded[rows], prints.hashes))
    where = numpy.flatnonzero(_among(kept.words, wanted))
    if not len(where):
        return []
    _, first = numpy.unique(kept.words[where], return_index=True)
    candidates = where[first]
    theirs = _fingerprints(texts_of(kept.sentences[candidates].tolist()))
    pairs = []
    step = max(1, _PAIR_CHUNK // max(1, len(candidates)))
    for first in range(0, len(prints.words), step):
        mine = prints.keys[first:first + step]
        shared = (mine[:, None, :] == theirs.keys[None, :, :]).any(axis=2)
        shared &= prints.long[first:first + step, None] & theirs.long[None, :]
        same = prints.hashes[first:first + step, None] == theirs.hashes[None, :]
        for i, c in zip(*numpy.nonzero(shared | same), strict=True):
            a, b = prints.words[first + i], theirs.words[c]
            if a == b or (shared[i, c] and is_near_duplicate(a, b)):
                pairs.append((first + int(i), int(candidates[c])))
    return pairs

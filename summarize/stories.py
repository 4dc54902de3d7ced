"""Which dated articles tell the same story as an undated one (to help date it).

Two articles are about the same story when they share rare names: capitalised words that are
not sentence openers ("Valmora", "Kessler", "Orvessa"), weighted by how rare they are in the
corpus. Cheap (an inverted index) and good enough to give DCT inference a hint.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import chain
from typing import Any

import numpy

from summarize import regex_cache as rx

from .models import Article

_NAME = rx.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:[-'][A-Z]?[a-z]+)?\b", re.MULTILINE)
_COMMON = frozenset(
    "The This That These Those There Then When While After Before Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Today Yesterday Tomorrow Mr Mrs Ms Dr He She It "
    "They We But And Its In On At For From With By As Some Many Most Other President "
    "Minister Government Police".split()
)


def story_terms(text: str, limit: int = 40) -> set[str]:
    """The most frequent names of a text: its story's fingerprint."""
    counts = Counter(m.group() for m in _NAME.finditer(text) if m.group() not in _COMMON)
    return {term for term, _ in counts.most_common(limit)}


class StoryIndex:
    """Dated articles indexed by their names, to find an undated article's story."""

    def __init__(self, dated: Sequence[tuple[Article, date]]) -> None:
        self._setup([(story_terms(f"{a.title}\n{a.text}"), d) for a, d in dated])

    @classmethod
    def from_terms(cls, dated: Sequence[tuple[Iterable[str], date]]) -> StoryIndex:
        """The index from terms computed earlier (by ``story_terms``), e.g. kept in an index."""
        index = cls.__new__(cls)
        index._setup(dated)
        return index

    def _setup(self, dated: Sequence[tuple[Iterable[str], date]]) -> None:
        self._dates = [d for _, d in dated]
        self._postings: dict[str, list[int] | numpy.ndarray] = defaultdict(list)
        for i, (terms, _) in enumerate(dated):
            for term in terms:
                self._postings[term].append(i)
        self._n = max(1, len(dated))
        self._walks: dict[str, tuple[numpy.ndarray, float] | None] = {}
        self._packed: dict[str, Any] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (for the workers working out story hints, once per share) with the postings
        packed in one array, packed once: millions of ints in lists loaded three times slower."""
        if self._packed is None:
            sizes = numpy.fromiter(map(len, self._postings.values()), dtype=numpy.int64,
                                   count=len(self._postings))
            ids = numpy.fromiter(chain.from_iterable(self._postings.values()),
                                 dtype=numpy.int64, count=int(sizes.sum()))
            self._packed = {"dates": self._dates, "terms": list(self._postings),
                            "sizes": sizes, "ids": ids, "n": self._n}
        return self._packed

    def __setstate__(self, state: dict[str, Any]) -> None:
        ids, ends = state["ids"], numpy.cumsum(state["sizes"]).tolist()
        self._dates = state["dates"]
        self._postings = dict(zip(state["terms"], (ids[a:b] for a, b in zip(
            [0, *ends[:-1]], ends, strict=True)), strict=True))
        self._n = state["n"]
        self._walks = {}
        self._packed = None

    def hints(self, article: Article, k: int = 8) -> list[date]:
        """Publication dates of the ``k`` dated articles closest in story to ``article``."""
        return self.hints_for(story_terms(f"{article.title}\n{article.text}"), k)

    def hints_for(self, terms: Iterable[str], k: int = 8) -> list[date]:
        """``hints`` for an article whose story terms are already known.

        Each shared name adds its weight to every dated article in its posting list; the
        ``k`` best-scored articles (ties: the first scored) with a score of 2 or more count.
        """
        walks = self._walks  # each name's walk once per index (a dict read, not a call)
        walked = [w for w in (walks[t] if t in walks else self._walk(t) for t in sorted(terms))
                  if w is not None]
        if not walked:
            return []
        ids = numpy.concatenate([ids for ids, _ in walked])
        weights = numpy.repeat([weight for _, weight in walked], [len(i) for i, _ in walked])
        scored, scores = _scores(ids, weights)
        good = scores >= 2.0
        found, mine = scored[good], scores[good]
        if len(found) > k:
            found = self._best(found, mine, ids, k)
        return sorted(self._dates[i] for i in found.tolist())

    @staticmethod
    def _best(found: numpy.ndarray, mine: numpy.ndarray, ids: numpy.ndarray, k: int
              ) -> numpy.ndarray:
        """The ``k`` best-scored of ``found`` (scored ``mine``); ties at the cut go to the
        article scored first."""
        cut = numpy.partition(mine, len(mine) - k)[len(mine) - k]
        above = found[mine > cut]
        tied = found[mine == cut]
        wanted = k - len(above)
        if len(tied) > wanted:
            seen, first = numpy.unique(ids[numpy.isin(ids, tied)], return_index=True)
            tied = seen[numpy.argsort(first, kind="stable")[:wanted]]
        return numpy.concatenate((above, tied))

    def _walk(self, term: str) -> tuple[numpy.ndarray, float] | None:
        """The dated articles a name scores and its weight (cached), or None if it is too
        common to tell stories apart."""
        if term in self._walks:
            return self._walks[term]
        posting = self._postings.get(term)
        walk = None
        # Names in more than a twentieth of the corpus tell stories apart too little to be
        # worth walking their long posting lists; a long list is walked by a stride sample
        # so that a huge corpus costs no more per article than a middling one.
        if posting is not None and 0 < len(posting) <= max(50, self._n // 20):
            step = -(-len(posting) // MAX_WALK)
            walk = (numpy.array(posting[::step], dtype=numpy.int64),
                    math.log(self._n / len(posting)) + 0.1)
        self._walks[term] = walk
        return walk


def _scores(ids: numpy.ndarray, weights: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The distinct ``ids`` (ascending) and the sum of each one's ``weights``, added in array
    order (the same float sums as adding one by one).

    Scores of the articles walked only, not of all n (a big corpus's many undated articles
    would cost n each). What ``numpy.unique(ids, return_inverse=True)`` gives, by a stable
    sort: ``ids`` are the walked posting lists one after another, each ascending, and a stable
    sort merges such runs (in a sixth of the time a quicksort takes on them); the inverse
    (each id's place among the distinct ones) does not depend on the sort.
    """
    order = ids.argsort(kind="stable")
    ordered = ids[order]
    first = numpy.empty(len(ids), dtype=bool)
    first[:1] = True
    numpy.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    at = numpy.empty(len(ids), dtype=numpy.intp)
    at[order] = numpy.cumsum(first) - 1
    return ordered[first], numpy.bincount(at, weights=weights)


#: Postings walked at most per name (a 10,000-article corpus never needs more).
MAX_WALK = 500

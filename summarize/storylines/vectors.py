"""An article's story fingerprint: its most telling words, weighted without the rest of the corpus.

A word tells a story apart by how rare it is in English at large (wordfreq's frequency of the
word across Wikipedia, news, books, subtitles and the web), not by how rare it is in the corpus
at hand. So two articles' similarity depends on those two articles alone: adding a thousand
articles never changes it, which is what lets the index update stories exactly (see
``cluster.py``). Names (the idea of ``stories.py``: words an article only ever writes
capitalised) and title words weigh more; each word counts sub-linearly. Words are Snowball
stems, hashed to stable 63-bit ids.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy
import snowballstemmer

from summarize import regex_cache as rx

#: Bump when fingerprints would come out differently: the index then makes them again.
FINGERPRINT_VERSION = "2026.11.30-1"
#: Words at least this common in English (Zipf scale: log10 of uses per billion words; "said"
#: is 6.0, "strike" 4.7, "dockers" 2.6) tell no story apart.
COMMON_ZIPF = 5.8
#: The most a word can weigh (words wordfreq never saw: invented names, rare spellings).
MAX_RARITY = 4.0
#: How much more a name (capitalised inside a sentence) and a title word weigh.
NAME_BOOST = 1.5
TITLE_BOOST = 2.0
#: Terms kept per article (the heaviest); the candidate terms that find its neighbours.
KEPT_TERMS = 64
TOP_TERMS = 8
#: Words shorter than this are left out (initials, "US" stays: two capitals are a name).
MIN_LETTERS = 3

# A word: letters, digits, inner hyphens and apostrophes. One glued to a hyphen at either end
# ("-LRB-", "--") is markup or a dash, not a word.
_WORD = rx.compile(r"(?<![\w-])[^\W\d_][\w]*(?:['’-][^\W_]+)*(?![\w-])")
_STEM = snowballstemmer.stemmer("english")


@dataclass(frozen=True, slots=True)
class StoryVector:
    """An article's telling terms: sorted stable ids, unit-length weights, the candidate ids
    (its heaviest terms) and a readable form of each of those."""

    terms: numpy.ndarray
    weights: numpy.ndarray
    top: tuple[int, ...]
    shown: tuple[str, ...]

    def similarity(self, other: StoryVector) -> float:
        """Cosine of the two fingerprints (0 when they share no term)."""
        common, mine, theirs = numpy.intersect1d(self.terms, other.terms, assume_unique=True,
                                                 return_indices=True)
        if not len(common):
            return 0.0
        return float(numpy.dot(self.weights[mine], other.weights[theirs]))


@cache
def _zipf() -> dict[str, float]:
    """English word frequencies on the Zipf scale (wordfreq; loaded once). Read bucket by
    bucket (every word of a bucket has one frequency): the values of ``get_frequency_dict``
    at two thirds of its cost."""
    from wordfreq import cB_to_freq, get_frequency_list

    zipf: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list("en", "best")):
        freq = cB_to_freq(-index)
        if freq:
            zipf.update(dict.fromkeys(bucket, math.log10(freq) + 9.0))
    return zipf


def rarity(word: str) -> float:
    """How much a lower-case word tells a story apart: 0 for common words, up to MAX_RARITY."""
    zipf = _zipf().get(word.replace("’", "'"))
    if zipf is None:
        return MAX_RARITY
    return max(0.0, min(MAX_RARITY, COMMON_ZIPF - zipf))


@cache
def term_id(stem: str) -> int:
    """A stable 63-bit id for a stem (the same in every process and under any hash seed)."""
    return int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=8).digest(), "little") >> 1


@lru_cache(maxsize=1 << 18)
def _word_info(word: str) -> tuple[str, float] | None:
    """A word's stem and rarity, None when it tells nothing (common, or too short)."""
    lower = word.lower()
    weight = rarity(lower)
    if weight <= 0.0 or (len(word) < MIN_LETTERS and not word.isupper()):
        return None
    return _STEM.stemWord(lower), weight


def story_vector(title: str, text: str) -> StoryVector:
    """The fingerprint of an article from its title and text."""
    counts: Counter[str] = Counter(_words(text))
    for word in _words(title):
        counts[word] += TITLE_BOOST
    # A name is written capitalised and never in lower case in this article ("Valmora",
    # "Brenholt"; not "Strike" at the head of a sentence when "strike" occurs too).
    names = {w for w in counts if w[:1].isupper() and w.lower() not in counts}
    weights: dict[str, float] = {}
    forms: dict[str, tuple[float, str]] = {}
    for word, tf in counts.items():
        info = _word_info(word)
        if info is None:
            continue
        stem, weight = info
        if word in names:
            weight *= NAME_BOOST
        weights[stem] = weights.get(stem, 0.0) + (1.0 + math.log(tf)) * weight
        if tf > forms.get(stem, (0.0, ""))[0]:
            forms[stem] = (tf, word)
    ranked = sorted([(-w, stem) for stem, w in weights.items()])[:KEPT_TERMS]
    return _vector([(stem, -w) for w, stem in ranked], forms)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _vector(ranked: list[tuple[str, float]], forms: dict[str, tuple[float, str]]
            ) -> StoryVector:
    """The vector of (stem, weight) pairs, heaviest first."""
    ids = numpy.array([term_id(s) for s, _ in ranked], dtype=numpy.int64)
    values = numpy.array([w for _, w in ranked], dtype=numpy.float64)
    norm = math.sqrt(float(numpy.dot(values, values))) or 1.0
    order = numpy.argsort(ids, kind="stable")
    return StoryVector(ids[order], (values / norm)[order],
                       tuple(int(i) for i in ids[:TOP_TERMS]),
                       tuple(forms[s][1] for s, _ in ranked[:TOP_TERMS]))

"""Extractive per-date summaries: pick the most representative candidate sentences with sumy.

Candidates are already sentences, so sumy gets a document built straight from them (no
re-parsing, no NLTK data) and every chosen sentence maps back to its candidate index.
"""

from __future__ import annotations

import math
import warnings
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy
import snowballstemmer
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarize import regex_cache as rx

from .sentences import split_spans

# --- language data -------------------------------------------------------------------------

LANGUAGE = "english"
#: PTB clitics and fragments our word regex leaves behind ("do n't" -> "n't").
EXTRA_STOP_WORDS = frozenset({"n't", "ve", "ll", "'s", "'re", "'ve", "'ll", "'d", "'m"})
#: Edmundson's stigma words: attribution, hedging and page furniture that make a poor summary.
STIGMA_WORDS = (
    "said", "says", "told", "reportedly", "allegedly", "apparently", "reported", "according",
    "perhaps", "possibly", "might", "rumour", "rumor", "click", "subscribe", "copyright",
    "advertisement", "photo", "caption", "video", "newsletter",
)  # fmt: skip
#: How many frequent content words join the title words as Edmundson's bonus words.
BONUS_FREQUENT_WORDS = 10
#: Candidates kept by the centrality pre-filter before a (quadratic) sumy summarizer runs.
DEFAULT_PREFILTER_K = 200
#: How much a candidate's prior (e.g. its relevance to the whole story) counts against the
#: method's own rating when a prior is given; measured on Timeline17 (see summary.py): with
#: reader chatter kept out of the candidates, 0.45 beat 0.3 on both the tune and check halves.
PRIOR_WEIGHT = 0.45

# --- tokenizer, stemmer, stop words ----------------------------------------------------------

#: Acronyms ("U.S."), numbers with separators ("1,000", "3.5"), words with apostrophes.
_WORD = rx.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[.,]\d+)+|[^\W_]+(?:['’][^\W_]+)*")


class SentenceTokenizer:
    """sumy's tokenizer protocol on dateline's own splitter and a regex: no NLTK data needed."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[start:end] for start, end in split_spans(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


TOKENIZER = SentenceTokenizer()
STOP_WORDS: frozenset[str] = get_stop_words(LANGUAGE) | EXTRA_STOP_WORDS
_SNOWBALL = snowballstemmer.stemmer(LANGUAGE)


@lru_cache(maxsize=1 << 16)
def STEMMER(word: str) -> str:
    """The English Snowball stemmer (the ``snowballstemmer`` package: no NLTK, which takes
    seconds to import), lower-casing like sumy's ``Stemmer``; memoised, as sumy stems every
    word many times."""
    return _SNOWBALL.stemWord(word.lower())


@lru_cache(maxsize=1 << 17)
def content_terms(text: str) -> tuple[str, ...]:
    """Lower-cased, stemmed words of ``text`` without stop words, in order.

    Memoised: a sentence is weighed for its date's pre-filter, its summary and the story
    profile, often under several dates.
    """
    words = (w.lower() for w in TOKENIZER.to_words(text))
    return tuple(STEMMER(w) for w in words if w not in STOP_WORDS)


# --- centrality pre-filter -----------------------------------------------------------------


def centrality_scores(texts: Sequence[str]) -> list[float]:
    """TF-IDF cosine of each text with the centroid of all texts (MEAD-style centrality)."""
    terms = [Counter(content_terms(t)) for t in texts]
    df: Counter[str] = Counter()
    for bag in terms:
        df.update(bag.keys())
    total = len(texts)
    idf = {term: math.log((total + 1) / (count + 1)) + 1.0 for term, count in df.items()}
    vectors: list[dict[str, float]] = []
    centroid: dict[str, float] = {}
    for bag in terms:
        vec = {term: tf * idf[term] for term, tf in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {term: v / norm for term, v in vec.items()}
        vectors.append(vec)
        for term, v in vec.items():
            centroid[term] = centroid.get(term, 0.0) + v
    return [sum(v * centroid[term] for term, v in vec.items()) for vec in vectors]


def rank_by_centrality(texts: Sequence[str]) -> list[int]:
    """Indices of ``texts`` from most to least central; ties go to the earlier index."""
    scores = centrality_scores(texts)
    return sorted(range(len(texts)), key=lambda i: (-scores[i], i))


def prefilter(texts: Sequence[str], k: int = DEFAULT_PREFILTER_K) -> list[int]:
    """The ``k`` most central indices, in ascending (original) order."""
    if len(texts) <= k:
        return list(range(len(texts)))
    return sorted(rank_by_centrality(texts)[:k])


# --- summarizers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SummaryInput:
    """What a summarizer factory may look at to configure itself for one call."""

    texts: tuple[str, ...]
    title: str = ""


SummarizerFactory = Callable[[SummaryInput], AbstractSummarizer]


class SortedLsaSummarizer(LsaSummarizer):
    """sumy's LSA with a sorted (hash-seed independent) dictionary and a vectorised TF step."""

    def _create_dictionary(self, document):
        words = map(self.normalize_word, document.words)
        unique = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {w: i for i, w in enumerate(unique)}

    def _compute_term_frequency(self, matrix, smooth=0.4):
        # Same formula as sumy's double loop: smooth + (1 - smooth) * tf / max_tf per column.
        max_tf = matrix.max(axis=0)
        cols = max_tf != 0
        matrix[:, cols] = smooth + (1.0 - smooth) * matrix[:, cols] / max_tf[cols]
        return matrix


class FastLexRankSummarizer(LexRankSummarizer):
    """sumy's LexRank with the same similarity graph built from postings instead of N² loops."""

    @staticmethod
    def _compute_idf(sentences):
        total = len(sentences)
        df = Counter(term for sentence in sentences for term in dict.fromkeys(sentence))
        return {term: math.log(total / (1 + count)) for term, count in df.items()}

    def _to_words_set(self, sentence):
        # The same stop-word filtered stems sumy computes, from dateline's memoised helper.
        return list(content_terms(sentence._text))

    def _create_matrix(self, sentences, threshold, tf_metrics, idf_metrics):
        # cosine(i, j) = x_i . x_j / (|x_i| |x_j|) with x = tf * idf, as in sumy's loop, as one
        # dense matrix product.
        count = len(sentences)
        vocabulary: dict[str, int] = {}
        rows, cols, weights = [], [], []
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                rows.append(row)
                cols.append(vocabulary.setdefault(term, len(vocabulary)))
                weights.append(value * idf_metrics[term])
        vectors = numpy.zeros((count, max(1, len(vocabulary))))
        vectors[rows, cols] = weights
        dots = vectors @ vectors.T
        norms = numpy.diag(dots).copy()
        norms = numpy.sqrt(norms)
        scale = numpy.outer(norms, norms)
        cosine = numpy.divide(dots, scale, out=numpy.zeros_like(dots), where=scale > 0)
        matrix = (cosine > threshold).astype(float)
        degrees = matrix.sum(axis=1)
        degrees[degrees == 0] = 1.0
        return matrix / degrees[:, None]


class BoundedKLSummarizer(KLSummarizer):
    """sumy's greedy KL-Sum stopped once ``n`` sentences are picked (sumy orders all: cubic)."""

    def __call__(self, document, sentences_count):
        sentences = document.sentences
        ratings = self._compute_bounded_ratings(sentences, sentences_count)
        return self._get_best_sentences(sentences, sentences_count, ratings)

    def _compute_bounded_ratings(self, sentences, limit):
        word_freq = self.compute_tf(sentences)
        ratings = dict.fromkeys(sentences, -math.inf)
        summary: list = []
        remaining = list(sentences)
        remaining_words = [self._get_content_words_in_sentence(s) for s in sentences]
        for order in range(min(limit, len(remaining))):
            summary_words = self._get_all_words_in_doc(summary)
            kls = [
                self._kl_divergence(self._joint_freq(words, summary_words), word_freq)
                for words in remaining_words
            ]
            best = kls.index(min(kls))
            chosen = remaining.pop(best)
            del remaining_words[best]
            summary.append(chosen)
            ratings[chosen] = -order
        return ratings


class SetLuhnSummarizer(LuhnSummarizer):
    """sumy's Luhn with significant words in a set: sumy's tuple makes each lookup linear."""

    def _get_significant_words(self, words):
        return frozenset(super()._get_significant_words(words))


def _with_stop_words(summarizer: AbstractSummarizer) -> AbstractSummarizer:
    summarizer.stop_words = STOP_WORDS
    return summarizer


def bonus_words(data: SummaryInput) -> list[str]:
    """Title words plus the most frequent content words: Edmundson's cue 'bonus' words."""
    title = [w.lower() for w in TOKENIZER.to_words(data.title) if w.lower() not in STOP_WORDS]
    counts = Counter(w.lower() for t in data.texts for w in TOKENIZER.to_words(t))
    frequent = [w for w, _ in counts.most_common() if w not in STOP_WORDS]
    return list(dict.fromkeys(title + frequent[:BONUS_FREQUENT_WORDS]))


def _edmundson(data: SummaryInput) -> AbstractSummarizer:
    # Location weight is 0: candidates come pooled from many articles, so their position in
    # the pool says nothing about importance.
    summarizer = EdmundsonSummarizer(
        STEMMER, cue_weight=1.0, key_weight=1.0, title_weight=1.0, location_weight=0.0
    )
    summarizer.bonus_words = bonus_words(data)
    summarizer.stigma_words = STIGMA_WORDS
    summarizer.null_words = STOP_WORDS
    return summarizer


SUMMARIZERS: dict[str, SummarizerFactory] = {
    "lexrank": lambda _: _with_stop_words(FastLexRankSummarizer(STEMMER)),
    "textrank": lambda _: _with_stop_words(TextRankSummarizer(STEMMER)),
    "lsa": lambda _: _with_stop_words(SortedLsaSummarizer(STEMMER)),
    "luhn": lambda _: _with_stop_words(SetLuhnSummarizer(STEMMER)),
    "kl": lambda _: _with_stop_words(BoundedKLSummarizer(STEMMER)),
    "sumbasic": lambda _: _with_stop_words(SumBasicSummarizer(STEMMER)),
    "edmundson": _edmundson,
}
DEFAULT_METHOD = "lexrank"


class UnknownSummarizerError(ValueError):
    """The user asked for a summarization method dateline does not offer."""

    def __init__(self, method: str) -> None:
        names = ", ".join(available_summarizers())
        super().__init__(f"unknown summarizer {method!r} (choose from: {names})")
        self.method = method


def available_summarizers() -> list[str]:
    """Names accepted by ``summarize_candidates(method=...)``, default first."""
    return [DEFAULT_METHOD, *sorted(m for m in SUMMARIZERS if m != DEFAULT_METHOD)]


def build_document(texts: Sequence[str], title: str = "") -> ObjectDocumentModel:
    """A one-paragraph sumy document whose sentences are ``texts`` in order (title as heading)."""
    sentences = [SumySentence(title, TOKENIZER, is_heading=True)] if title.strip() else []
    sentences += [SumySentence(t, TOKENIZER) for t in texts]
    return ObjectDocumentModel([Paragraph(sentences)])


def _capture_ratings(summarizer: AbstractSummarizer) -> dict[str, list[float]]:
    """Make ``summarizer`` record the ratings it hands to sumy's common best-sentence step."""
    captured: dict[str, list[float]] = {}
    best = summarizer._get_best_sentences

    def capture(sentences, count, rating, *args, **kwargs):
        rate = rating.__getitem__ if isinstance(rating, dict) else rating
        values = [float(rate(s, *args, **kwargs)) for s in sentences]  # LSA's rate is one-shot
        captured["ratings"] = values
        by_id = {id(s): v for s, v in zip(sentences, values, strict=True)}
        return best(sentences, count, lambda s: by_id[id(s)])

    summarizer._get_best_sentences = capture
    return captured


def unit_scores(values: Sequence[float]) -> list[float]:
    """``values`` rescaled to [0, 1] (min-max), or by rank when some are infinite (KL-Sum rates
    the sentences it never picks -inf): puts any method's ratings on one footing."""
    if not values:
        return []
    if all(math.isfinite(v) for v in values):
        low, high = min(values), max(values)
        return [(v - low) / (high - low) if high > low else 1.0 for v in values]
    below = sorted(values)
    return [bisect_left(below, v) / max(len(values) - 1, 1) for v in values]


def blend(ratings: Sequence[float], prior: Sequence[float], weight: float) -> list[float]:
    """(1 - weight) * the method's rating in [0, 1] + weight * the prior scaled to max 1."""
    top = max(prior, default=0.0)
    scaled = [p / top if top > 0 else 0.0 for p in prior]
    pairs = zip(unit_scores(ratings), scaled, strict=True)
    return [(1.0 - weight) * r + weight * p for r, p in pairs]


def _run_sumy(method: str, texts: Sequence[str], n: int, title: str,
              prior: Sequence[float] | None = None) -> list[int]:
    """Indices (into ``texts``) sumy picks; empty when the algorithm gives up on the input.

    With a ``prior`` (one score per text) the method's ratings are blended with it (see
    ``blend``) and the ``n`` best of the blend are picked.
    """
    if not any(content_terms(t) for t in texts):
        return []
    document = build_document(texts, title)
    position = {id(s): i for i, s in enumerate(document.sentences)}
    try:
        summarizer = SUMMARIZERS[method](SummaryInput(tuple(texts), title))
        captured = _capture_ratings(summarizer) if prior is not None else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            chosen = summarizer(document, n)
    except Exception:  # degenerate input inside a third-party algorithm: fall back
        return []
    picked = [position[id(s)] for s in chosen if id(s) in position]
    ratings = captured.get("ratings")
    if prior is None or not isinstance(ratings, list) or len(ratings) != len(position):
        return picked
    offset = len(position) - len(texts)  # the title heading, if any, comes first
    scores = blend(ratings[offset:], prior, PRIOR_WEIGHT)
    return sorted(range(len(texts)), key=lambda i: (-scores[i], i))[:n]


def summarize_candidates(
    texts: Sequence[str],
    n: int,
    method: str = DEFAULT_METHOD,
    *,
    title: str = "",
    prefilter_k: int | None = DEFAULT_PREFILTER_K,
    prior: Sequence[float] | Callable[[Sequence[str]], Sequence[float]] | None = None,
) -> list[int]:
    """Indices of the ``min(n, len(texts))`` best candidates by ``method``, ascending.

    Exact repeats are scored once; above ``prefilter_k`` unique candidates only the most
    central ones reach sumy. Whatever sumy cannot fill is filled by centrality. ``prior``
    (one non-negative score per text, e.g. relevance to the whole story) is blended with the
    method's ratings; it may also be a function scoring texts, then called only on the
    candidates that reach sumy (cheaper on busy dates).
    """
    if method not in SUMMARIZERS:
        raise UnknownSummarizerError(method)
    want = min(max(n, 0), len(texts))
    if want == 0:
        return []
    first_seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        first_seen.setdefault(text.strip(), i)
    unique = list(first_seen.values())
    unique_texts = [texts[i] for i in unique]
    pool = prefilter(unique_texts, prefilter_k) if prefilter_k else list(range(len(unique)))
    if callable(prior):
        pool_prior = list(prior([unique_texts[i] for i in pool]))
    elif prior is not None:
        if len(prior) != len(texts):
            raise ValueError(f"prior has {len(prior)} scores for {len(texts)} texts")
        pool_prior = [prior[unique[i]] for i in pool]
    else:
        pool_prior = None
    picked = _run_sumy(method, [unique_texts[i] for i in pool], want, title, pool_prior)
    chosen = list(dict.fromkeys(unique[pool[p]] for p in picked))[:want]
    if len(chosen) < want:
        taken = set(chosen)
        backups = [unique[i] for i in rank_by_centrality(unique_texts)]
        unique_set = set(unique)
        repeats = [i for i in range(len(texts)) if i not in unique_set]
        chosen += [i for i in backups + repeats if i not in taken][: want - len(chosen)]
    return sorted(chosen)

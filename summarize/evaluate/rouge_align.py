"""Timeline ROUGE: date F1, concatenation ROUGE-N and tilse's many-to-one aligned ROUGE-N.

Our own code porting the logic of tilse's ``evaluation/rouge.py`` (Martschat & Markert, 2017,
*Improving ROUGE for Timeline Summarization*, EACL) as driven by news-tls ``evaluate.py``
(Ghalandari & Ifrim, 2020), for one reference timeline at a time.

Tokens (:func:`rouge_tokens`). tilse runs ROUGE-1.5.5 with ``-m -s`` (Porter stemming, SMART stop
words removed) on raw counts. We use rouge-score's tokenizer instead of the Perl script:
``rouge_score.tokenize.tokenize`` (lower-case; every run of characters outside ``[a-z0-9]``
separates tokens), then drop the SMART stop words (sumy's English list is that list), then stem
tokens longer than 3 characters with NLTK's Porter stemmer (as rouge-score's ``use_stemmer``).
Stop words go before n-grams are formed, as in ROUGE-1.5.5. Known differences from the script:
"$" tokens are dropped and NLTK's Porter variant differs from the script's on a few words.

Counts. A day's n-grams are taken over the tokens of its sentences in order; for summaries P and
R, ``hit(P, R) = sum_g min(P_g, R_g)`` and ``|P|`` is P's number of n-grams.

* date: P = |pred ∩ ref| / |pred|, R = |pred ∩ ref| / |ref| over the sets of dates.
* concat: P and R of ``hit`` between all predicted and all reference text (dates in order).
* align+ m:1: with ``w(d, e) = 1 / (|d - e| in days + 1)`` and
  ``cost(d, e) = (1 - w(d, e)) * (1 - approx(P_d, R_e))`` where ``approx`` is tilse's
  "ROUGE approximation" (unigram F1 on raw whitespace tokens, case kept), each predicted date d
  goes to ``a(d) = argmin_e cost(d, e)`` and each reference date e to ``b(e) = argmin_d
  cost(d, e)`` (the earliest date wins a tie), and
  ``P = sum_d w(d, a(d)) hit(P_d, R_a(d)) / sum_d |P_d|``,
  ``R = sum_e w(b(e), e) hit(P_b(e), R_e) / sum_e |R_e|``.

F is ``2PR / (P + R)`` (beta = 1) and 0 when P + R = 0; an empty denominator gives 0.
"""

from __future__ import annotations

import pkgutil
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from nltk.stem.porter import PorterStemmer
from rouge_score.tokenize import tokenize as _rouge_score_tokenize

Timeline = Mapping[date, Sequence[str]]


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 of one measure."""

    precision: float
    recall: float
    f1: float

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


ZERO = PRF(0.0, 0.0, 0.0)


def prf(precision: float, recall: float) -> PRF:
    """PRF with F1 = harmonic mean, 0 when both are 0."""
    total = precision + recall
    return PRF(precision, recall, 2 * precision * recall / total if total else 0.0)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


@cache
def _stop_words() -> frozenset[str]:
    """The SMART stop-word list ROUGE-1.5.5 uses with ``-s`` (shipped by sumy as English)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.strip() for w in data.decode("utf-8").splitlines() if w.strip())


_STEMMER = PorterStemmer()


@cache
def _stem(token: str) -> str:
    return _STEMMER.stem(token) if len(token) > 3 else token


def rouge_tokens(text: str) -> list[str]:
    """ROUGE tokens of ``text``: lower-cased, alphanumeric, stop words dropped, stemmed."""
    stop = _stop_words()
    return [_stem(t) for t in _rouge_score_tokenize(text, None) if t not in stop]


def ngram_counts(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Multiset of the n-grams of ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _hits(pred: Counter, ref: Counter) -> int:
    return sum(min(count, ref[gram]) for gram, count in pred.items() if gram in ref)


def date_prf(predicted: Iterable[date], reference: Iterable[date]) -> PRF:
    """Date selection: precision/recall/F1 of the predicted date set against the reference's."""
    pred, ref = set(predicted), set(reference)
    shared = len(pred & ref)
    return prf(_ratio(shared, len(pred)), _ratio(shared, len(ref)))


def _day_tokens(timeline: Timeline) -> dict[date, list[str]]:
    return {d: rouge_tokens(" ".join(timeline[d])) for d in sorted(timeline)}


def concat_rouge(predicted: Timeline, reference: Timeline, orders: Sequence[int] = (1, 2)
                 ) -> list[PRF]:
    """Concatenation ROUGE-N for each N in ``orders``: all predicted text vs all reference text."""
    pred = [t for tokens in _day_tokens(predicted).values() for t in tokens]
    ref = [t for tokens in _day_tokens(reference).values() for t in tokens]
    out = []
    for n in orders:
        p, r = ngram_counts(pred, n), ngram_counts(ref, n)
        hit = _hits(p, r)
        out.append(prf(_ratio(hit, p.total()), _ratio(hit, r.total())))
    return out


def date_weight(a: date, b: date) -> float:
    """tilse's date-distance weight: 1 for the same day, 1/2 one day apart, ..."""
    return 1.0 / (abs(a.toordinal() - b.toordinal()) + 1)


def approx_rouge1(predicted: Sequence[str], reference: Sequence[str]) -> float:
    """tilse's cheap ROUGE-1 F1 used only to align dates: raw whitespace tokens, no stemming."""
    p = Counter(t for sentence in predicted for t in sentence.split())
    r = Counter(t for sentence in reference for t in sentence.split())
    hit = _hits(p, r)
    return prf(_ratio(hit, p.total()), _ratio(hit, r.total())).f1


def _closest(source: date, targets: Sequence[date], cost) -> date:
    """The target of least ``cost(source, target)``; the earliest on a tie (numpy argmin)."""
    best, best_cost = targets[0], cost(source, targets[0])
    for target in targets[1:]:
        c = cost(source, target)
        if c < best_cost:
            best, best_cost = target, c
    return best


def align_dates(predicted: Timeline, reference: Timeline
                ) -> tuple[dict[date, date], dict[date, date]]:
    """tilse's many-to-one alignment: (predicted date -> reference date, reference -> predicted)."""
    pred_dates, ref_dates = sorted(predicted), sorted(reference)
    if not pred_dates or not ref_dates:
        return {}, {}
    content: dict[tuple[date, date], float] = {}

    def cost(d: date, e: date) -> float:
        if (d, e) not in content:
            content[(d, e)] = approx_rouge1(predicted[d], reference[e])
        return (1 - date_weight(d, e)) * (1 - content[(d, e)])

    to_ref = {d: _closest(d, ref_dates, cost) for d in pred_dates}
    to_pred = {e: _closest(e, pred_dates, lambda e_, d: cost(d, e_)) for e in ref_dates}
    return to_ref, to_pred


def align_rouge(predicted: Timeline, reference: Timeline, orders: Sequence[int] = (1, 2)
                ) -> list[PRF]:
    """Alignment-based ROUGE-N ("align+ m:1") for each N in ``orders``; see the module doc."""
    to_ref, to_pred = align_dates(predicted, reference)
    pred_tokens, ref_tokens = _day_tokens(predicted), _day_tokens(reference)
    out = []
    for n in orders:
        pred = {d: ngram_counts(t, n) for d, t in pred_tokens.items()}
        ref = {e: ngram_counts(t, n) for e, t in ref_tokens.items()}
        p_num = sum(date_weight(d, e) * _hits(pred[d], ref[e]) for d, e in to_ref.items())
        r_num = sum(date_weight(d, e) * _hits(pred[d], ref[e]) for e, d in to_pred.items())
        p_den = sum(c.total() for c in pred.values())
        r_den = sum(c.total() for c in ref.values())
        out.append(prf(_ratio(p_num, p_den), _ratio(r_num, r_den)))
    return out

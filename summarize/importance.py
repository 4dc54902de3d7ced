"""How much a date matters: a small learned ranker over what editors' timelines follow.

Each timeline entry is described by counts over its sentences (near-duplicates collapsed, so
wire copy counts once): the articles naming the date, how many of them were published after
it (retrospective mentions) and before it, the days between the first and last of them, the
articles published that day, those naming it in their first sentences, the sentences naming
it (three an article at most) and the outlets naming it; against the neighbouring entries,
how much busier it is (burstiness). Counts are log-scaled and divided by their largest value
in the view, so one set of weights serves corpora of any size; the score is their weighted
sum, shown as 0-100. The weights live in ``resources/date_ranker.json``, written by
``dateline eval tls DIR --fit``; nothing in them names a story.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy

#: Counts stored per entry (the index keeps them, so an update recounts only what changed).
FEATURES = ("articles", "after", "before", "spread", "published", "lead", "sentences",
            "outlets")
#: Features worked out against the other entries of the view when it is ranked.
CONTEXT = ("burst",)
NAMES = FEATURES + CONTEXT
#: What each feature means, for the evidence pane and the README.
MEANINGS = {
    "articles": "articles naming the date",
    "after": "of those, published after it (looking back)",
    "before": "of those, published before it (looking ahead)",
    "spread": "days between the first and last of them",
    "published": "articles published that day",
    "lead": "articles naming it in their first sentences",
    "sentences": "sentences naming it (3 an article at most)",
    "outlets": "outlets naming it",
    "burst": "how much busier than the days around it",
}
#: A sentence this early in its article is part of the lead.
LEAD_SENTENCES = 3
#: Sentences of one article that count towards ``sentences``.
SENTENCES_PER_ARTICLE = 3
#: Burstiness compares an entry with this many periods on either side.
NEIGHBOURS = 3
RANKER_FILE = Path(__file__).parent / "resources" / "date_ranker.json"


@dataclass(frozen=True, slots=True)
class Ranker:
    """Weights of the features (``NAMES``) and a bias; importance = 100 * sigmoid(score)."""

    weights: dict[str, float]
    bias: float = 0.0
    #: How the weights were fitted (command, data, date): shown, never used.
    about: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"features": list(NAMES), "weights": {n: self.weights.get(n, 0.0) for n in NAMES},
                "bias": self.bias, "about": self.about}


@cache
def default_ranker() -> Ranker:
    """The ranker shipped with dateline (``resources/date_ranker.json``)."""
    return read_ranker(RANKER_FILE)


def read_ranker(path: Path) -> Ranker:
    """A ranker from its JSON file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Ranker({n: float(data["weights"].get(n, 0.0)) for n in NAMES}, float(data["bias"]),
                  dict(data.get("about", {})))


def count_features(start: int, end: int, article: numpy.ndarray, reported: numpy.ndarray,
                   named: numpy.ndarray, lead: numpy.ndarray, outlets: int) -> tuple[int, ...]:
    """``FEATURES`` of an entry covering days [start, end) (ordinals), from one row per
    collapsed sentence: its article (any integer id), the day that article was published
    (-1 unknown), whether the sentence names the date and whether it is in the lead;
    ``outlets`` is the number of outlets naming it."""
    names = article[named]
    days = reported[named]
    arts, counts = numpy.unique(names, return_counts=True)
    dated = days[days >= 0]
    published = article[(reported >= start) & (reported < end)]
    return (len(arts),
            len(numpy.unique(names[days >= end])),
            len(numpy.unique(names[(days >= 0) & (days < start)])),
            int(dated.max() - dated.min()) if len(dated) else 0,
            len(numpy.unique(published)),
            len(numpy.unique(names[lead[named]])),
            int(numpy.minimum(counts, SENTENCES_PER_ARTICLE).sum()),
            outlets)


def scaled_features(features: Sequence[Sequence[int]], starts: Sequence[int],
                    widths: Sequence[int], own: Sequence[bool]) -> numpy.ndarray:
    """The model's inputs (one row per entry, columns ``NAMES``): log-scaled counts divided by
    their largest value among the ``own`` entries (the view's granularity), and burstiness
    divided by its largest size. ``starts``/``widths`` (days) place each entry in time."""
    if not len(features):
        return numpy.zeros((0, len(NAMES)))
    counts = numpy.log1p(numpy.asarray(features, dtype=float).reshape(len(features), -1))
    burst = _burstiness(counts[:, 0], starts, widths)
    mask = numpy.asarray(own, dtype=bool)
    rows = numpy.column_stack((counts, burst))
    reference = numpy.abs(rows[mask] if mask.any() else rows).max(axis=0)
    reference[reference == 0] = 1.0
    return rows / reference


def _burstiness(log_articles: numpy.ndarray, starts: Sequence[int], widths: Sequence[int]
                ) -> numpy.ndarray:
    """log(1 + articles) minus log(1 + the mean over ``NEIGHBOURS`` periods either side),
    among entries of the same width (days with days, weeks with weeks)."""
    articles = numpy.expm1(log_articles)
    out = numpy.zeros(len(starts))
    by_width: dict[int, list[int]] = {}
    for i, width in enumerate(widths):
        by_width.setdefault(width, []).append(i)
    for width, members in by_width.items():
        members.sort(key=lambda i: starts[i])
        keys = [starts[i] for i in members]
        total = numpy.concatenate(([0.0], numpy.cumsum(articles[members])))
        reach = NEIGHBOURS * max(width, 1)
        for i in members:
            lo = bisect.bisect_left(keys, starts[i] - reach)
            hi = bisect.bisect_right(keys, starts[i] + reach)
            around = total[hi] - total[lo] - articles[i]
            out[i] = log_articles[i] - math.log1p(around / (2 * NEIGHBOURS))
    return out


def importance_scores(inputs: numpy.ndarray, ranker: Ranker | None = None) -> list[float]:
    """Importance 0-100 of each row of ``scaled_features``: 100 * sigmoid(w . x + b)."""
    ranker = ranker or default_ranker()
    weights = numpy.array([ranker.weights.get(n, 0.0) for n in NAMES])
    score = inputs @ weights + ranker.bias if len(inputs) else numpy.zeros(0)
    return [round(100.0 / (1.0 + math.exp(-s)), 3) for s in score.tolist()]


def explain(features: Sequence[int], inputs: Sequence[float], ranker: Ranker | None = None
            ) -> list[tuple[str, float, float]]:
    """Why an entry ranks where it does: (feature, its value, what it adds to the score), the
    biggest contributions first. ``features`` are the counts, ``inputs`` its scaled row."""
    ranker = ranker or default_ranker()
    values = [*features, inputs[-1] if len(inputs) > len(FEATURES) else 0.0]
    parts = [(name, float(value), ranker.weights.get(name, 0.0) * float(x))
             for name, value, x in zip(NAMES, values, inputs, strict=False)]
    return sorted(parts, key=lambda p: -abs(p[2]))

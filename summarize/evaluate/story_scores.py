"""Scoring storylines against known topics: NMI, purity, inverse purity, and the fit of the
clustering thresholds on the tune half of the development data.

NMI is normalised by the arithmetic mean of the two entropies (scikit-learn's default); purity
is the share of articles in their story's most common topic, inverse purity the share of
articles in their topic's biggest story (1.0 when every topic stays whole).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..storylines import Item, Thresholds
from ..storylines.cluster import cluster_items

#: The grid ``fit_thresholds`` searches; the window stays 30 days.
JOIN_GRID = (0.20, 0.25, 0.30, 0.35)
MERGE_GRID = (0.15, 0.20, 0.25, 0.30, 0.35)
ATTACH_GRID = (0.03, 0.05, 0.08, 0.10, 0.15)
#: A fit keeps the highest thresholds whose NMI is within this of the best (the merge
#: threshold first, then join, then attach): the most conservative clustering that scores as
#: well keeps related stories apart best, and merging is what would join them.
NMI_SLACK = 0.02


@dataclass(frozen=True, slots=True)
class ClusterScores:
    """How well stories recover topics."""

    articles: int
    topics: int
    stories: int
    singletons: int
    nmi: float | None
    purity: float
    inverse_purity: float

    def to_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "topics": self.topics, "stories": self.stories,
                "singletons": self.singletons,
                "nmi": None if self.nmi is None else round(self.nmi, 4),
                "purity": round(self.purity, 4), "inverse_purity": round(self.inverse_purity, 4)}


def _entropy(counts: Counter, n: int) -> float:
    return -sum(c / n * math.log(c / n) for c in counts.values())


def score_clusters(topics: Sequence[str], stories: Sequence[str]) -> ClusterScores:
    """Compare a story per article with a topic per article (same order)."""
    n = len(topics)
    if n == 0:
        return ClusterScores(0, 0, 0, 0, None, 0.0, 0.0)
    by_topic, by_story = Counter(topics), Counter(stories)
    joint = Counter(zip(topics, stories, strict=True))
    mutual = sum(c / n * math.log(c * n / (by_topic[t] * by_story[s]))
                 for (t, s), c in joint.items())
    h_topic, h_story = _entropy(by_topic, n), _entropy(by_story, n)
    nmi = None if h_topic == 0 else (2 * mutual / (h_topic + h_story))
    best_topic: dict[str, int] = {}
    best_story: dict[str, int] = {}
    for (t, s), c in joint.items():
        best_topic[s] = max(best_topic.get(s, 0), c)
        best_story[t] = max(best_story.get(t, 0), c)
    return ClusterScores(n, len(by_topic), len(by_story),
                         sum(c == 1 for c in by_story.values()), nmi,
                         sum(best_topic.values()) / n, sum(best_story.values()) / n)


def cluster_labels(items: Sequence[Item], thresholds: Thresholds) -> list[str]:
    """A story label per item (the index of its group), for scoring."""
    labels = [""] * len(items)
    for number, group in enumerate(cluster_items(items, thresholds)):
        for i in group:
            labels[i] = str(number)
    return labels


def fit_thresholds(items: Sequence[Item], topics: Sequence[str], window: int = 30
                   ) -> tuple[Thresholds, list[tuple[Thresholds, ClusterScores]]]:
    """The highest thresholds on the grids whose NMI is within NMI_SLACK of the best, and
    every point tried. Call it on the tune half only."""
    tried = []
    for join in JOIN_GRID:
        for merge in MERGE_GRID:
            for attach in ATTACH_GRID:
                limits = Thresholds(join, merge, window, attach)
                tried.append((limits, score_clusters(topics, cluster_labels(items, limits))))
    best = max(s.nmi or 0.0 for _, s in tried)
    good = [t for t, s in tried if (s.nmi or 0.0) >= best - NMI_SLACK]
    return max(good, key=lambda t: (t.merge, t.join, t.attach)), tried

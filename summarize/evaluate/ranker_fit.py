"""Fit the date ranker on Timeline17-style timelines, and score it leave-one-story-out.

For each reference timeline the corpus is opened as ``dateline eval tls`` opens it (the
articles published between its first and last date); every day entry in that window is a
sample, labelled by whether the human timeline kept the date. The model is a logistic
regression (numpy, L2-regularised Newton steps) on ``importance.scaled_features``: a handful of
named weights, written to ``resources/date_ranker.json`` by ``dateline eval tls DIR --fit``.

Cross-validation fits the ranker without the whole story of the timeline it scores:
Timeline17 holds one story from several outlets (``bpoil_bbc``, ``bpoil_guardian``...), whose
timelines share most of their dates, so leaving out only the folder would leak its answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy

from ..corpus import Corpus
from ..importance import NAMES, RANKER_FILE, Ranker
from ..open import open_corpus
from ..settings import Settings
from ..timeline import TimelineEntry, rank_entries, ranker_inputs
from .splits import story_of
from .tls import (
    ReferenceTimeline,
    Setting,
    TlsReport,
    TlsRow,
    evaluate_timeline,
    mean_scores,
    reference_timelines,
)
from .tls_export import export_timeline

#: L2 penalty on the weights (the features lie in [0, 1]); the bias is not penalised.
L2 = 1.0
#: Features left at weight 0: every Timeline17 topic comes from one outlet, so the data
#: cannot say what more outlets are worth (fitted, it would only mark "named at all").
UNFITTED = ("outlets",)
FITTED = tuple(n for n in NAMES if n not in UNFITTED)
#: The command that writes the shipped ranker (recorded in the file).
FIT_COMMAND = "dateline eval tls ../shared/data/tls/t17 --fit"


class TooFewStories(ValueError):
    """Cross-validation leaves a whole story out: it needs timelines of two stories or more."""


@dataclass(slots=True)
class Sample:
    """One reference timeline, its corpus opened for its window, and the ranker's inputs
    (a row per day entry in the window) with their labels (kept by the human timeline)."""

    topic: str
    reference: ReferenceTimeline
    setting: Setting
    corpus: Corpus
    entries: list[TimelineEntry]
    inputs: numpy.ndarray
    labels: numpy.ndarray

    @property
    def story(self) -> str:
        return story_of(self.topic)


def collect(directory: str | Path, topics: Collection[str] | None = None,
            settings: Settings = Settings(),
            on_timeline: Callable[[str], None] | None = None) -> list[Sample]:
    """A sample per reference timeline of the dataset (only ``topics`` when given)."""
    samples = []
    for topic, ref, setting in reference_timelines(directory, topics):
        corpus = open_corpus([str(topic.articles_path)], settings,
                             window=(setting.first, setting.last))
        entries = corpus.timeline("day")
        rows = [i for i, e in enumerate(entries) if _in_window(e, setting)]
        inputs = ranker_inputs(entries)[rows] if rows else numpy.zeros((0, len(NAMES)))
        labels = numpy.array([entries[i].start in ref.dates for i in rows], dtype=float)
        samples.append(Sample(topic.name, ref, setting, corpus, entries, inputs, labels))
        if on_timeline:
            on_timeline(topic.name)
    return samples


def _in_window(entry: TimelineEntry, setting: Setting) -> bool:
    return not entry.is_coarse and setting.first <= entry.start <= setting.last


def fit_ranker(samples: Sequence[Sample], l2: float = L2, about: dict | None = None
               ) -> Ranker:
    """Logistic regression of 'the human timeline kept this date' on the scaled features of
    every sample's day entries (L2 on the weights, Newton steps)."""
    columns = [NAMES.index(n) for n in FITTED]
    x = numpy.vstack([s.inputs[:, columns] for s in samples])
    y = numpy.concatenate([s.labels for s in samples])
    weights, bias = logistic(x, y, l2)
    fitted = dict(zip(FITTED, (round(w, 4) for w in weights.tolist()), strict=True))
    return Ranker({n: fitted.get(n, 0.0) for n in NAMES}, round(bias, 4), about or {})


def logistic(x: numpy.ndarray, y: numpy.ndarray, l2: float, steps: int = 100
             ) -> tuple[numpy.ndarray, float]:
    """Weights and bias minimising the logistic loss plus ``l2`` * |weights|^2 / 2."""
    design = numpy.hstack([x, numpy.ones((len(x), 1))])
    penalty = numpy.eye(design.shape[1]) * l2
    penalty[-1, -1] = 1e-9
    theta = numpy.zeros(design.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + numpy.exp(-(design @ theta)))
        gradient = design.T @ (p - y) + penalty @ theta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = numpy.linalg.solve(hessian, gradient)
        theta -= step
        if numpy.abs(step).max() < 1e-10:
            break
    return theta[:-1], float(theta[-1])


def cross_validate(samples: Sequence[Sample], summarizer: str = "lexrank",
                   on_timeline: Callable[[str], None] | None = None
                   ) -> tuple[TlsReport, dict[str, Ranker]]:
    """Each timeline scored through the export path with a ranker fitted on the other
    stories only (see the module doc); also the ranker each story was scored with."""
    stories = {s.story for s in samples}
    if len(stories) < 2:
        raise TooFewStories(f"cross-validation needs timelines of two stories or more (found "
                            f"{len(stories)}: {', '.join(sorted(stories)) or 'none'})")
    rows = []
    rankers: dict[str, Ranker] = {}
    for sample in samples:
        if sample.story not in rankers:
            rankers[sample.story] = fit_ranker([s for s in samples if s.story != sample.story])
        rows.append(score_sample(sample, rankers[sample.story], summarizer))
        if on_timeline:
            on_timeline(sample.topic)
    return TlsReport(rows, mean_scores([r.scores for r in rows])), rankers


def score_sample(sample: Sample, ranker: Ranker | None, summarizer: str = "lexrank") -> TlsRow:
    """A timeline's scores with its entries ranked by ``ranker`` (the shipped one: None)."""
    s = sample.setting
    entries = rank_entries(sample.entries, ranker)
    predicted = export_timeline(sample.corpus, s.n_dates, s.n_sentences, s.first, s.last,
                                summarizer=summarizer, entries=entries)
    return TlsRow(sample.topic, sample.reference.name, s, len(predicted),
                  evaluate_timeline(predicted, sample.reference))


def final_ranker(samples: Sequence[Sample], directory: str | Path) -> Ranker:
    """The ranker to ship: fitted on every sample, with where and how it was fitted."""
    about = {"command": FIT_COMMAND, "data": Path(directory).name,
             "timelines": len(samples), "dates": int(sum(len(s.labels) for s in samples)),
             "kept": int(sum(s.labels.sum() for s in samples)), "l2": L2,
             "unfitted": list(UNFITTED),
             "fitted": date.today().isoformat(),
             "model": "logistic regression on log1p counts divided by the view's maximum"}
    return fit_ranker(samples, about=about)


def write_ranker(ranker: Ranker, path: Path = RANKER_FILE) -> None:
    """Write the ranker's JSON (what ``importance.read_ranker`` reads)."""
    path.write_text(json.dumps(ranker.to_json(), indent=1) + "\n", encoding="utf-8")

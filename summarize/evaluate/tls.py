"""Timeline-summarization (TLS) evaluation on Timeline17-style folders, as news-tls does it.

A dataset folder holds one folder per topic with ``articles.json`` and ``*.timeline.json`` human
timelines. For each reference timeline the system gets the news-tls setting (articles published
from its first to its last date, as many dates as it has, its mean sentences per date) and is
scored with date F1, concatenation ROUGE-1/2 and tilse's align+ m:1 ROUGE-1/2
(see :mod:`summarize.evaluate.rouge_align` for the exact formulas).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path

from rich.table import Table

from ..sentences import split_sentences
from .rouge_align import PRF, ZERO, align_rouge, concat_rouge, date_prf, prf

ARTICLES_FILE = "articles.json"
TIMELINE_SUFFIX = ".timeline.json"


class TlsDataError(Exception):
    """A TLS dataset folder or file that cannot be read; the message names the path."""


@dataclass(frozen=True, slots=True)
class ReferenceTimeline:
    """A human timeline: its sentences grouped by date, dates in order."""

    name: str
    dates: dict[date, list[str]]


@dataclass(frozen=True, slots=True)
class TlsTopic:
    """One topic/outlet folder: where its articles are and its reference timelines."""

    name: str
    articles_path: Path
    timelines: list[ReferenceTimeline]


@dataclass(frozen=True, slots=True)
class Setting:
    """What a system is asked for (news-tls): the window, how many dates, sentences per date."""

    first: date
    last: date
    n_dates: int
    n_sentences: int


@dataclass(frozen=True, slots=True)
class TlsScores:
    """Precision/recall/F1 of each TLS measure for one timeline (or a mean over timelines)."""

    date_f1: PRF
    concat_r1: PRF
    concat_r2: PRF
    align_r1: PRF
    align_r2: PRF

    def to_dict(self) -> dict[str, dict[str, float]]:
        return {f.name: getattr(self, f.name).to_dict() for f in fields(self)}


# --- loading ------------------------------------------------------------------------------


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise TlsDataError(f"{path}: cannot read ({err.strerror or err})") from err
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise TlsDataError(f"{path}: not valid JSON ({err})") from err


def load_reference_timeline(path: str | Path) -> ReferenceTimeline:
    """Read a ``*.timeline.json`` (list of {"date", "text"}) and split each text into sentences."""
    path = Path(path)
    entries = _read_json(path)
    if not isinstance(entries, list) or not entries:
        raise TlsDataError(f"{path}: expected a non-empty list of {{date, text}} entries")
    grouped: dict[date, list[str]] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise TlsDataError(f"{path}: entry {i} is not a {{date, text}} object")
        try:
            day = date.fromisoformat(str(entry.get("date", ""))[:10])
        except ValueError as err:
            raise TlsDataError(f"{path}: entry {i} has a bad date {entry.get('date')!r}") from err
        grouped.setdefault(day, []).extend(s.text for s in split_sentences(entry["text"]))
    name = path.name.removesuffix(TIMELINE_SUFFIX)
    return ReferenceTimeline(name, {d: grouped[d] for d in sorted(grouped)})


def _load_topic(folder: Path) -> TlsTopic:
    timelines = [load_reference_timeline(p) for p in sorted(folder.glob("*" + TIMELINE_SUFFIX))]
    return TlsTopic(folder.name, folder / ARTICLES_FILE, timelines)


def load_tls_dataset(directory: str | Path) -> list[TlsTopic]:
    """Topics of a dataset folder (each sub-folder with ``articles.json``), sorted by name.

    A folder that itself holds ``articles.json`` is read as a single topic.
    """
    root = Path(directory)
    if not root.is_dir():
        raise TlsDataError(f"{root}: no such dataset folder")
    if (root / ARTICLES_FILE).is_file():
        return [_load_topic(root)]
    topics = [_load_topic(sub) for sub in sorted(root.iterdir())
              if sub.is_dir() and (sub / ARTICLES_FILE).is_file()]
    if not topics:
        raise TlsDataError(f"{root}: no topic folder with {ARTICLES_FILE}")
    return topics


def timeline_setting(ref: ReferenceTimeline) -> Setting:
    """news-tls setting: first..last reference date, its date count, round(mean sentences) >= 1."""
    days = sorted(ref.dates)
    mean = sum(len(s) for s in ref.dates.values()) / len(days)
    return Setting(days[0], days[-1], len(days), max(1, round(mean)))


def reference_timelines(directory: str | Path, topics: Collection[str] | None = None
                        ) -> Iterator[tuple[TlsTopic, ReferenceTimeline, Setting]]:
    """Each reference timeline of the dataset (only the topic folders named in ``topics`` when
    given) with its topic and the setting a system is run in for it."""
    for topic in load_tls_dataset(directory):
        if topics is None or topic.name in topics:
            for ref in topic.timelines:
                yield topic, ref, timeline_setting(ref)


# --- scoring ------------------------------------------------------------------------------


def _as_timeline(predicted: Mapping[date, Sequence[str]]) -> dict[date, list[str]]:
    out: dict[date, list[str]] = {}
    for day, sentences in predicted.items():
        key = day.date() if isinstance(day, datetime) else day
        out.setdefault(key, []).extend(sentences)
    return out


def evaluate_timeline(predicted: Mapping[date, Sequence[str]],
                      reference: ReferenceTimeline) -> TlsScores:
    """Score a predicted timeline (date -> sentences) against one reference timeline."""
    pred = _as_timeline(predicted)
    concat_r1, concat_r2 = concat_rouge(pred, reference.dates, (1, 2))
    align_r1, align_r2 = align_rouge(pred, reference.dates, (1, 2))
    return TlsScores(date_prf(pred, reference.dates), concat_r1, concat_r2, align_r1, align_r2)


def mean_scores(scores: Sequence[TlsScores]) -> TlsScores:
    """news-tls averaging: mean precision and mean recall, then F1 of those two means."""
    if not scores:
        return TlsScores(ZERO, ZERO, ZERO, ZERO, ZERO)

    def mean(name: str) -> PRF:
        values = [getattr(s, name) for s in scores]
        return prf(sum(v.precision for v in values) / len(values),
                   sum(v.recall for v in values) / len(values))

    return TlsScores(*(mean(f.name) for f in fields(TlsScores)))


def mean_f1(scores: Sequence[TlsScores]) -> dict[str, float]:
    """The other aggregation: the mean over timelines of each measure's own F1."""
    return {f.name: (sum(getattr(s, f.name).f1 for s in scores) / len(scores) if scores else 0.0)
            for f in fields(TlsScores)}


# --- the run ------------------------------------------------------------------------------

Produce = Callable[[Path, Setting], Mapping[date, Sequence[str]]]


@dataclass(frozen=True, slots=True)
class TlsRow:
    """One reference timeline's result."""

    topic: str
    timeline: str
    setting: Setting
    predicted_dates: int
    scores: TlsScores


@dataclass(frozen=True, slots=True)
class TlsReport:
    """Per-timeline rows and their news-tls mean."""

    rows: list[TlsRow]
    mean: TlsScores

    def to_dict(self) -> dict:
        return {
            "timelines": [
                {
                    "topic": r.topic,
                    "timeline": r.timeline,
                    "setting": {
                        "first": r.setting.first.isoformat(),
                        "last": r.setting.last.isoformat(),
                        "n_dates": r.setting.n_dates,
                        "n_sentences": r.setting.n_sentences,
                    },
                    "predicted_dates": r.predicted_dates,
                    "scores": r.scores.to_dict(),
                }
                for r in self.rows
            ],
            "mean": self.mean.to_dict(),
            "mean_f1": mean_f1([r.scores for r in self.rows]),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def to_table(self) -> Table:
        """A rich table of F1 per timeline and the mean (the numbers TLS papers report)."""
        table = Table(title="Timeline summarization (F1)")
        for header in ("topic", "timeline", "dates", "k"):
            table.add_column(header)
        for header in ("date", "concat R1", "concat R2", "align R1", "align R2"):
            table.add_column(header, justify="right")
        for r in self.rows:
            table.add_row(r.topic, r.timeline, f"{r.predicted_dates}/{r.setting.n_dates}",
                          str(r.setting.n_sentences), *_f1_cells(r.scores))
        table.add_section()
        table.add_row("mean", f"{len(self.rows)} timelines", "", "", *_f1_cells(self.mean),
                      style="bold")
        table.add_row("mean of F1", "per timeline", "", "",
                      *(f"{v:.3f}" for v in mean_f1([r.scores for r in self.rows]).values()))
        table.caption = ("mean: news-tls (precision and recall averaged over timelines, then F1);"
                         " mean of F1: each timeline's F1 averaged")
        return table


def _f1_cells(scores: TlsScores) -> list[str]:
    return [f"{getattr(scores, f.name).f1:.3f}" for f in fields(TlsScores)]


def run_tls_eval(directory: str | Path, produce: Produce,
                 topics: Collection[str] | None = None) -> TlsReport:
    """Ask ``produce(articles_path, setting)`` for a timeline per reference timeline; score all
    (or only the topic folders named in ``topics``)."""
    rows = []
    for topic, ref, setting in reference_timelines(directory, topics):
        predicted = _as_timeline(produce(topic.articles_path, setting))
        rows.append(TlsRow(topic.name, ref.name, setting, len(predicted),
                           evaluate_timeline(predicted, ref)))
    return TlsReport(rows, mean_scores([r.scores for r in rows]))

"""``dateline eval stories DIR...``: the topic folders mixed into one corpus, its storylines
scored against the topics (NMI, purity; all, tune half, check half), then the TLS scores of
each topic's timelines run on its recovered story beside the same run on the true topic."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from summarize.corpus import Corpus
from summarize.evaluate.story_scores import ClusterScores, fit_thresholds, score_clusters
from summarize.evaluate.tls import load_tls_dataset, timeline_setting
from summarize.export import BriefingOptions, build_briefing
from summarize.models import TaggedArticle
from summarize.settings import Settings
from summarize.storylines import Item, content_key, stories_from_items, story_vector
from summarize.storylines.cluster import THRESHOLDS_FILE, Thresholds, fitted_thresholds

from .errors import EXIT_OK, UserError


@dataclass(frozen=True, slots=True)
class StoryTls:
    """One reference timeline: date F1 (and align ROUGE-1) on its recovered story, on its true
    story (every folder of that story: bpoil_*), and on its own folder alone."""

    topic: str
    timeline: str
    story: str
    story_f1: float
    true_story_f1: float
    folder_f1: float
    story_align_r1: float
    true_story_align_r1: float


def run(folders: Sequence[Path], *, as_json: bool, fit: bool) -> int:
    """Score the storylines of the mixed topic folders; with ``fit``, fit the thresholds on
    the tune half first and write them."""
    from summarize.evaluate import splits
    from summarize.evaluate.tls import TlsDataError
    from summarize.open import open_corpus

    try:
        topics = [t for folder in folders for t in load_tls_dataset(folder)]
    except TlsDataError as err:
        raise UserError(str(err)) from None
    half = {t.name: _half(splits, t.name) for t in topics}
    corpus = open_corpus([str(t.articles_path) for t in topics], Settings())
    if not corpus.tagged:
        raise UserError("no articles could be loaded from the topic folders")
    topic_of = [_topic(t, topics) for t in corpus.tagged]
    items = [Item(content_key(t.article.title, t.article.text),
                  t.dct.toordinal() if t.dct else None,
                  story_vector(t.article.title, t.article.text)) for t in corpus.tagged]
    report: dict[str, object] = {}
    if fit:
        report["fit"] = _fit(items, topic_of, half)
    limits = fitted_thresholds() if not fit else Thresholds(**report["fit"]["chosen"])
    stories = stories_from_items(
        items, [(t.article.id, t.article.source, t.dct) for t in corpus.tagged], limits)
    story_of = {a: s.id for s in stories for a in s.articles}
    labels = [story_of[t.article.id] for t in corpus.tagged]
    story_names = [_story(t) for t in topic_of]
    scores = {"all": score_clusters(story_names, labels)}
    for name in ("tune", "check"):
        chosen = [i for i, t in enumerate(topic_of) if half[t] == name]
        if chosen:
            scores[name] = score_clusters([story_names[i] for i in chosen],
                                          [labels[i] for i in chosen])
    tls = _tls(corpus, topics, topic_of, labels)
    report.update({"thresholds": {"join": limits.join, "merge": limits.merge,
                                  "window": limits.window, "attach": limits.attach},
                   "scores": {k: v.to_dict() for k, v in scores.items()},
                   "tls": [vars_of(r) for r in tls]})
    if as_json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        console = Console()
        console.print(_scores_table(scores, limits))
        console.print(_tls_table(tls, half))
    return EXIT_OK


def vars_of(row: StoryTls) -> dict[str, object]:
    return {f: (round(v, 4) if isinstance(v, float) else v)
            for f, v in ((f, getattr(row, f)) for f in row.__slots__)}


def _half(splits: object, topic: str) -> str:
    try:
        return splits.half_of("t17", topic)  # type: ignore[attr-defined]
    except Exception:  # a folder the recorded split does not know counts in "all" only
        return "all"


def _topic(tagged: TaggedArticle, topics: Sequence[object]) -> str:
    origin = tagged.article.origin
    for topic in topics:
        if origin.startswith(str(topic.articles_path)):  # type: ignore[attr-defined]
            return topic.name  # type: ignore[attr-defined]
    return ""


def _story(topic: str) -> str:
    """Timeline17 folders of one story from several outlets: 'bpoil_bbc' -> 'bpoil'."""
    return topic.split("_", 1)[0]


def _fit(items: list[Item], topic_of: list[str], half: dict[str, str]) -> dict[str, object]:
    """Fit on the tune-half topics alone, mixed; write the thresholds file."""
    chosen = [i for i, t in enumerate(topic_of) if half[t] == "tune"]
    if not chosen:
        raise UserError("--fit needs the tune half of the recorded t17 split among the folders")
    best, tried = fit_thresholds([items[i] for i in chosen], [_story(topic_of[i])
                                                                for i in chosen])
    data = {"join": best.join, "merge": best.merge, "window": best.window,
            "attach": best.attach,
            "fitted_on": "t17 tune half, mixed (dateline eval stories DIR --fit): the highest "
            "thresholds (merge first) within 0.02 NMI of the best"}
    THRESHOLDS_FILE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    fitted_thresholds.cache_clear()
    return {"chosen": {"join": best.join, "merge": best.merge, "window": best.window,
                       "attach": best.attach},
            "tried": [{"join": t.join, "merge": t.merge, "attach": t.attach, **s.to_dict()}
                      for t, s in tried]}


def _tls(corpus: Corpus, topics: Sequence[object], topic_of: list[str], labels: list[str]
         ) -> list[StoryTls]:
    """Each reference timeline run (as ``dateline export`` does) on the articles of the topic's
    recovered story (the story holding most of them), of its true story and of its folder."""
    from summarize.evaluate.tls import evaluate_timeline

    rows = []
    for topic in topics:
        mine = [i for i, t in enumerate(topic_of) if t == topic.name]  # type: ignore[attr-defined]
        if not mine or not topic.timelines:  # type: ignore[attr-defined]
            continue
        story = Counter(labels[i] for i in mine).most_common(1)[0][0]
        in_story = [i for i, s in enumerate(labels) if s == story]
        gold = [i for i, t in enumerate(topic_of)
                if _story(t) == _story(topic.name)]  # type: ignore[attr-defined]
        for ref in topic.timelines:  # type: ignore[attr-defined]
            setting = timeline_setting(ref)
            scored = [evaluate_timeline(_produce(corpus, group, setting), ref)
                      for group in (in_story, gold, mine)]
            rows.append(StoryTls(topic.name, ref.name, story,  # type: ignore[attr-defined]
                                 scored[0].date_f1.f1, scored[1].date_f1.f1,
                                 scored[2].date_f1.f1, scored[0].align_r1.f1,
                                 scored[1].align_r1.f1))
    return rows


def _produce(corpus: Corpus, indexes: list[int], setting: object) -> dict[date, list[str]]:
    """``dateline export --top N --sentences K --from D1 --to D2`` on these articles."""
    first, last = setting.first, setting.last  # type: ignore[attr-defined]
    part = Corpus([corpus.tagged[i] for i in indexes
                   if corpus.tagged[i].article.published is None
                   or first <= corpus.tagged[i].article.published.date() <= last],
                  [], corpus.settings)
    options = BriefingOptions(sentences=setting.n_sentences,  # type: ignore[attr-defined]
                              top=setting.n_dates, start=first, end=last)  # type: ignore
    briefing = build_briefing(part, options)
    return {d.entry.start: [s.text for s in d.summary] for d in briefing.dates
            if d.entry.granularity == "day"}


def _scores_table(scores: dict[str, ClusterScores], limits: Thresholds) -> Table:
    table = Table(title=f"Storylines against topics (join {limits.join}, merge {limits.merge},"
                  f" attach {limits.attach}, window {limits.window} days)",
                  title_justify="left")
    for header in ("half", "articles", "topics", "stories", "singletons", "NMI", "purity",
                   "inverse purity"):
        table.add_column(header, justify="left" if header == "half" else "right")
    for name, s in scores.items():
        table.add_row(name, str(s.articles), str(s.topics), str(s.stories), str(s.singletons),
                      "n/a" if s.nmi is None else f"{s.nmi:.3f}", f"{s.purity:.3f}",
                      f"{s.inverse_purity:.3f}")
    return table


def _tls_table(rows: list[StoryTls], half: dict[str, str]) -> Table:
    table = Table(title="TLS per recovered story vs the true story (all its folders) and the "
                  "folder alone", title_justify="left")
    for header in ("topic", "half", "story", "date F1 story", "true story", "Δ", "folder",
                   "align R1 story", "true story"):
        table.add_column(header, justify="left" if header in ("topic", "half", "story")
                         else "right")
    for r in rows:
        table.add_row(r.topic, half.get(r.topic, "all"), r.story, f"{r.story_f1:.3f}",
                      f"{r.true_story_f1:.3f}", f"{r.story_f1 - r.true_story_f1:+.3f}",
                      f"{r.folder_f1:.3f}", f"{r.story_align_r1:.3f}",
                      f"{r.true_story_align_r1:.3f}")
    return table

"""The pipeline from files to tagged articles: load, split, fix each reference date, tag.

Dated articles are tagged first; what they teach (their dates, the eras they count days of)
then helps date the undated ones. The TUI and every CLI command go through ``load_corpus``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from platformdirs import user_config_dir

from .ingest import DEFAULT_MAX_BYTES, load_paths
from .models import Article, Problem, Sentence, TaggedArticle
from .sentences import split_sentences
from .stories import StoryIndex
from .temporal import BUILTIN_ERAS, Era, infer_dct, learn_eras, load_eras, tag_text
from .temporal.tagger import as_date
from .timeline import TimelineEntry, build_timeline

#: progress(stage, done, total): stage is "load" or "tag".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose on the command line that changes how dates resolve."""

    dct: date | None = None
    eras_file: Path | None = None
    day_first: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Processes for tagging; 0 = all cores.
    jobs: int = 0


@dataclass(slots=True)
class Corpus:
    """Everything dateline knows about the loaded articles."""

    tagged: list[TaggedArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)

    @property
    def articles(self) -> list[Article]:
        return [t.article for t in self.tagged]

    def by_id(self, article_id: str) -> TaggedArticle:
        for t in self.tagged:
            if t.article.id == article_id:
                return t
        raise KeyError(article_id)

    def timeline(self, granularity: str = "day") -> list[TimelineEntry]:
        return build_timeline(self.tagged, granularity=granularity)

    def with_article_date(self, article_id: str, day: date) -> Corpus:
        """A copy where one article's reference date is set by the user and re-resolved."""
        eras = era_registry(self.settings)
        tagged = [tag_article(t.article, given=day, settings=self.settings, eras=eras)
                  if t.article.id == article_id else t for t in self.tagged]
        return replace(self, tagged=tagged)


def era_registry(settings: Settings) -> list[Era]:
    """The eras to resolve "day N" against: the user's file, the user's config, built-ins."""
    eras: list[Era] = []
    if settings.eras_file is not None:
        eras += load_eras(settings.eras_file)
    user_file = Path(user_config_dir("dateline")) / "eras.toml"
    if user_file.is_file():
        eras += load_eras(user_file)
    return eras + list(BUILTIN_ERAS)


def tag_article(article: Article, *, given: date | None = None,
                settings: Settings = Settings(), hint: Sequence[date] = (),
                eras: Sequence[Era] = ()) -> TaggedArticle:
    """Split, fix the reference date and resolve every time expression of one article."""
    sentences = tuple(split_sentences(article.text, article.id))
    spans = [(s.start, s.end) for s in sentences]
    given = given or settings.dct
    known = given or article.published
    mentions = None
    if known is not None:  # the reference date is settled: tag once, then check it
        mentions = tag_text(article.text, known, article_id=article.id, sentences=spans,
                            day_first=settings.day_first, eras=eras)
    info = infer_dct(article.text, mentions, metadata=article.published, given=given,
                     eras=eras, corpus_hint=hint)
    if mentions is None or as_date(known) != info.value:
        mentions = tag_text(article.text, info.value, article_id=article.id, sentences=spans,
                            day_first=settings.day_first, eras=eras)
    return TaggedArticle(article, sentences, tuple(mentions), info.value, info.source,
                         info.confidence, tuple(info.evidence), tuple(info.conflicts))


#: Below this many articles a second process costs more than it saves.
PARALLEL_FROM = 200
_CHUNK = 64


def _tag_batch(batch: list[tuple[Article, tuple[date, ...]]], settings: Settings,
               eras: Sequence[Era]) -> list[tuple]:
    """Worker-process entry point: tag a batch of (article, story hint) pairs.

    Returns everything but the texts (the parent has them), so little crosses the pipe.
    """
    out = []
    for article, hint in batch:
        t = tag_article(article, settings=settings, eras=eras, hint=hint)
        out.append(([(x.start, x.end) for x in t.sentences], t.mentions, t.dct, t.dct_source,
                    t.dct_confidence, t.dct_evidence, t.dct_conflicts))
    return out


def _rebuild(article: Article, compact: tuple) -> TaggedArticle:
    """A TaggedArticle from ``_tag_batch``'s compact form and the article it came from."""
    spans, *rest = compact
    sentences = tuple(Sentence(article.id, i, start, end, article.text[start:end])
                      for i, (start, end) in enumerate(spans))
    return TaggedArticle(article, sentences, *rest)


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Let multiprocessing start its helper process where ``sys.stderr`` has no file
    descriptor (Textual captures it while the TUI runs): lend it the real one meanwhile."""
    try:
        usable = sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


def _tag_all(jobs: list[tuple[Article, tuple[date, ...]]], settings: Settings,
             eras: Sequence[Era], step: Callable[[int], None]) -> list[TaggedArticle]:
    """Tag ``jobs`` in order, on several processes when there are enough of them."""
    workers = min(settings.jobs or os.cpu_count() or 1, max(1, len(jobs) // _CHUNK))
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        out = []
        for article, hint in jobs:
            out.append(tag_article(article, settings=settings, eras=eras, hint=hint))
            step(1)
        return out
    batches = [jobs[i:i + _CHUNK] for i in range(0, len(jobs), _CHUNK)]
    results: list[TaggedArticle] = []
    # "spawn": safe even when called from a UI thread, unlike fork.
    with _stderr_with_a_descriptor():  # the resource tracker and the workers start here
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
        tagged_batches = pool.map(_tag_batch, batches, [settings] * len(batches),
                                  [eras] * len(batches))
    with pool:
        for batch, tagged in zip(batches, tagged_batches, strict=True):
            results.extend(_rebuild(a, t) for (a, _), t in zip(batch, tagged, strict=True))
            step(len(batch))
    return results


def analyse_articles(articles: Sequence[Article], settings: Settings = Settings(),
                     progress: Progress | None = None) -> list[TaggedArticle]:
    """Tag every article; the dated ones first, so that the eras they count days of and
    their dates (for articles of the same story) help date the undated ones.

    Large corpora are tagged on ``settings.jobs`` processes (all cores by default); the
    result is the same as on one, in the same order.
    """
    eras = era_registry(settings)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("tag", done, len(articles))

    settled = settings.dct is not None
    dated = [a for a in articles if settled or a.published is not None]
    undated = [a for a in articles if not (settled or a.published is not None)]
    out = {t.article.id: t for t in _tag_all([(a, ()) for a in dated], settings, eras, step)}
    if undated:
        learned = learn_eras(m for t in out.values() for m in t.mentions)
        stories = StoryIndex([(t.article, t.dct) for t in out.values() if t.dct is not None])
        jobs = [(a, tuple(stories.hints(a))) for a in undated]
        out.update((t.article.id, t) for t in _tag_all(jobs, settings, [*eras, *learned], step))
    return [out[a.id] for a in articles]


def published_within(articles: Sequence[Article], start: date | None, end: date | None
                     ) -> list[Article]:
    """Articles published in [start, end] (inclusive); undated ones are always kept."""
    return [a for a in articles if a.published is None
            or ((start is None or a.published.date() >= start)
                and (end is None or a.published.date() <= end))]


def load_corpus(paths: Sequence[str], settings: Settings = Settings(),
                progress: Progress | None = None, *,
                window: tuple[date | None, date | None] = (None, None)) -> Corpus:
    """Read the user's paths and tag them; problems are collected, never raised.

    ``window`` keeps only the articles published in it (``--from``/``--to``), as the
    timeline-summarisation setting of news-tls does.
    """
    result = load_paths(
        paths, max_bytes=settings.max_bytes,
        on_file=(lambda _path, done, total: progress("load", done, total)) if progress else None,
    )
    articles = published_within(result.articles, *window)
    return Corpus(analyse_articles(articles, settings, progress), result.problems, settings)

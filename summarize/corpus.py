"""The pipeline from files to tagged articles: load, split, fix each reference date, tag.

Dated articles are tagged first; what they teach (their dates, the eras they count days of)
then helps date the undated ones. This is the fresh load; ``summarize.open`` chooses between it
and the persistent index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from .engines import Engine, open_engine
from .ingest import load_paths
from .ingest.discover import STDIN, discover
from .ingest.load import gather
from .models import Article, LoadResult, Problem, TaggedArticle
from .settings import Progress, Settings
from .tagging import calendar_problems, disputes_metadata, era_registry, tag_article
from .temporal import Era, learn_eras
from .work import read_files, stat_of, tag_batch

if TYPE_CHECKING:
    from .storylines import Storyline
    from .timeline import TimelineEntry


@dataclass(slots=True)
class Corpus:
    """Everything dateline knows about the loaded articles."""

    tagged: list[TaggedArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    #: Where the storylines come from when something keeps them (the index); None: found
    #: afresh from the articles.
    stored_storylines: Callable[[], list[Storyline]] | None = field(
        default=None, repr=False, compare=False)

    @property
    def articles(self) -> list[Article]:
        return [t.article for t in self.tagged]

    def by_id(self, article_id: str) -> TaggedArticle:
        for t in self.tagged:
            if t.article.id == article_id:
                return t
        raise KeyError(article_id)

    def timeline(self, granularity: str = "day") -> list[TimelineEntry]:
        from .timeline import build_timeline  # numpy (near-duplicates) only when it is built

        return build_timeline(self.tagged, granularity=granularity)

    def source_names(self) -> list[str]:
        """Every outlet of the corpus, sorted."""
        return sorted({t.article.source for t in self.tagged if t.article.source})

    def furniture_removed(self) -> tuple[int, dict[str, int]]:
        """Articles that had page furniture cut out at ingestion, and the lines by reason."""
        return removed_summary(t.article.removed for t in self.tagged)

    def published_span(self) -> tuple[date, date] | None:
        """The first and last reference dates of the articles."""
        days = [t.dct for t in self.tagged if t.dct is not None]
        return (min(days), max(days)) if days else None

    def narrow(self, entries: list[TimelineEntry], sources: frozenset[str] | None, query: str
               ) -> list[TimelineEntry]:
        """The entries restricted to some outlets and to sentences matching ``query``."""
        from .timeline import narrow_entries

        return narrow_entries(entries, sources, query)

    def with_article_date(self, article_id: str, day: date) -> Corpus:
        """A copy where one article's reference date is set by the user and re-resolved."""
        eras = era_registry(self.settings)
        tagged = [tag_article(t.article, given=day, settings=self.settings, eras=eras)
                  if t.article.id == article_id else t for t in self.tagged]
        return replace(self, tagged=tagged)

    def storylines(self) -> list[Storyline]:
        """The corpus's stories, biggest first (``summarize.storylines``)."""
        if self.stored_storylines is not None:
            return self.stored_storylines()
        from .storylines import find_storylines

        return find_storylines(list(self.tagged))

    def only_articles(self, article_ids: Iterable[str]) -> Corpus:
        """A plain corpus of just these articles (one story, say), in corpus order; their
        results are kept as they are, so undated ones keep the dates the whole corpus gave."""
        wanted = set(article_ids)
        return Corpus([t for t in self.tagged if t.article.id in wanted], self.problems,
                      self.settings)


def removed_summary(removed: Iterable[tuple[tuple[str, int], ...]]) -> tuple[int, dict[str, int]]:
    """(articles with anything removed, lines removed by reason) over articles' ``removed``."""
    articles, lines = 0, Counter[str]()
    for pairs in removed:
        articles += bool(pairs)
        lines.update(dict(pairs))
    return articles, dict(lines)


#: Below this many articles a second process costs more than it saves.
PARALLEL_FROM = 200
_CHUNK = 64


def _tag_all(jobs: list[tuple[Article, tuple[date, ...]]], settings: Settings,
             eras: Sequence[Era], step: Callable[[int], None], engine: Engine | None
             ) -> list[TaggedArticle]:
    """Tag ``jobs`` in order, on the engine's workers when there are enough of them."""
    if engine is None or len(jobs) < PARALLEL_FROM:
        out = []
        for article, hint in jobs:
            out.append(tag_article(article, settings=settings, eras=eras, hint=hint))
            step(1)
        return out
    batches = [jobs[i:i + _CHUNK] for i in range(0, len(jobs), _CHUNK)]
    results: list[TaggedArticle] = []
    work = partial(tag_batch, settings=settings, eras=list(eras))
    for batch, tagged in zip(batches, engine.map(work, batches), strict=True):
        results.extend(t.attach(a) for (a, _), t in zip(batch, tagged, strict=True))
        step(len(batch))
    return results


def _story_hints(undated: Sequence[Article], tagged: Iterable[TaggedArticle]
                 ) -> list[tuple[date, ...]]:
    """Each undated article's hints: the dates of dated articles of its story. With no dated
    article there is nothing to learn from, so the story index (and numpy) is not loaded."""
    sources = [(t.article, t.dct) for t in tagged if t.dct is not None]
    if not undated or not sources:
        return [() for _ in undated]
    from .stories import StoryIndex  # numpy only when undated articles can be hinted

    stories = StoryIndex(sources)
    return [tuple(stories.hints(a)) for a in undated]


def analyse_articles(articles: Sequence[Article], settings: Settings = Settings(),
                     progress: Progress | None = None, engine: Engine | None = None
                     ) -> list[TaggedArticle]:
    """Tag every article; the dated ones first, so that the eras they count days of and
    their dates (for articles of the same story) help date the undated ones.

    Large corpora are tagged on ``settings.jobs`` processes (all cores by default); the
    result is the same as on one, in the same order. Without an engine, one is opened for
    the call when the corpus is big enough to gain from it.
    """
    if engine is None and len(articles) >= PARALLEL_FROM:
        with open_engine(settings.engine, jobs=settings.jobs,
                         scheduler=settings.scheduler) as opened:
            return analyse_articles(articles, settings, progress, opened)
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
    out = {t.article.id: t for t in _tag_all([(a, ()) for a in dated], settings, eras, step,
                                                  engine)}
    # Dated articles whose text disputes their metadata date are checked again with the eras
    # the corpus teaches (a day count may be the second signal that outvotes the metadata).
    disputed = [] if settled else [a for a in dated if disputes_metadata(out[a.id])]
    if undated or disputed:
        learned = learn_eras(m for t in out.values() for m in t.mentions)
        jobs = [(a, hint) for a, hint in zip(undated, _story_hints(undated, out.values()),
                                             strict=True)] + [(a, ()) for a in disputed]
        counted = len(undated)  # the disputed ones were counted once already

        def step_undated(n: int) -> None:
            nonlocal counted
            n, counted = min(n, counted), counted - min(n, counted)
            if n:
                step(n)

        out.update((t.article.id, t) for t in _tag_all(jobs, settings, [*eras, *learned],
                                                         step_undated, engine))
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
    """Read the user's paths and tag them afresh; problems are collected, never raised.

    ``window`` keeps only the articles published in it (``--from``/``--to``), as the
    timeline-summarisation setting of news-tls does. ``summarize.open.open_corpus`` decides
    between this and the persistent index.
    """
    on_file = (lambda _path, done, total: progress("load", done, total)) if progress else None
    with open_engine(settings.engine, jobs=settings.jobs, scheduler=settings.scheduler) as engine:
        result = read_inputs(paths, settings.max_bytes, engine, on_file)
        articles = published_within(result.articles, *window)
        problems = [*result.problems, *calendar_problems(articles, settings)]
        return Corpus(analyse_articles(articles, settings, progress, engine), problems, settings)


def read_inputs(paths: Sequence[str], max_bytes: int, engine: Engine,
                on_file: Callable[[str, int, int], None] | None = None) -> LoadResult:
    """``load_paths`` with the files read on the engine's workers when there are many."""
    inputs, problems = discover(paths)
    files = [str(p) for p in inputs if p != STDIN]
    if STDIN in inputs or sum(stat_of(f)[0] for f in files) < PARALLEL_READ_BYTES:
        return load_paths(paths, max_bytes=max_bytes, on_file=on_file)
    batches = [files[i:i + _READ_CHUNK] for i in range(0, len(files), _READ_CHUNK)]
    read = engine.map(partial(read_files, max_bytes=max_bytes), batches)
    return gather(((found.path, (found.articles, found.problems))
                   for batch in read for found in batch), len(files), problems, on_file)


#: Inputs smaller than this are read in the calling process (workers would cost more).
PARALLEL_READ_BYTES = 16 * 1024 * 1024
_READ_CHUNK = 4

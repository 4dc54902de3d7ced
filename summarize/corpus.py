"""The pipeline from files to tagged articles: load, split, fix each reference date, tag.

Dated articles are tagged first; what they teach (their dates, the eras they count days of)
then helps date the undated ones. The TUI and every CLI command go through ``load_corpus``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES, load_paths
from .models import Article, Problem, TaggedArticle
from .sentences import split_sentences
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
        tagged = [tag_article(t.article, given=day, settings=self.settings)
                  if t.article.id == article_id else t for t in self.tagged]
        return replace(self, tagged=tagged)


def tag_article(article: Article, *, given: date | None = None,
                settings: Settings = Settings(), hint: Sequence[date] = ()) -> TaggedArticle:
    """Split, fix the reference date and resolve every time expression of one article."""
    from .temporal import infer_dct, tag_text

    sentences = tuple(split_sentences(article.text, article.id))
    spans = [(s.start, s.end) for s in sentences]
    info = infer_dct(article.text, metadata=article.published,
                     given=given or settings.dct, corpus_hint=hint)
    mentions = tag_text(article.text, info.value, article_id=article.id, sentences=spans,
                        day_first=settings.day_first)
    return TaggedArticle(article, sentences, tuple(mentions), info.value, info.source,
                         info.confidence, tuple(info.evidence), tuple(info.conflicts))


def analyse_articles(articles: Sequence[Article], settings: Settings = Settings(),
                     progress: Progress | None = None) -> list[TaggedArticle]:
    """Tag every article; undated ones last, with the dated ones' dates as a hint."""
    done = 0
    out: dict[str, TaggedArticle] = {}
    dated = [a for a in articles if a.published is not None or settings.dct]
    undated = [a for a in articles if not (a.published is not None or settings.dct)]
    for article in dated:
        out[article.id] = tag_article(article, settings=settings)
        done += 1
        if progress:
            progress("tag", done, len(articles))
    hint = sorted({t.dct for t in out.values() if t.dct is not None})
    for article in undated:
        out[article.id] = tag_article(article, settings=settings, hint=hint)
        done += 1
        if progress:
            progress("tag", done, len(articles))
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

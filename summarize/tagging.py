"""One article to a TaggedArticle: split it, settle its reference date, resolve its mentions.

The step between ``temporal`` (which works on text) and the corpus (which works on many
articles); the fresh pipeline, the index and the evaluations all tag through ``tag_article``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_config_dir

from .models import Article, Mention, Problem, Sentence, TaggedArticle
from .sentences import split_sentences
from .settings import Settings
from .temporal import BUILTIN_ERAS, Era, infer_dct, load_eras, tag_text
from .temporal.tagger import as_date


def era_registry(settings: Settings) -> list[Era]:
    """The eras to resolve "day N" against: the user's file, the user's config, built-ins."""
    eras: list[Era] = []
    if settings.eras_file is not None:
        eras += load_eras(settings.eras_file)
    user_file = Path(user_config_dir("dateline")) / "eras.toml"
    if user_file.is_file():
        eras += load_eras(user_file)
    return eras + list(BUILTIN_ERAS)


#: A reference date within this many years of the calendar's first or last day is warned
#: about: expressions counted from it ("next century", the day after) may fall off the calendar.
CALENDAR_MARGIN_YEARS = 100


def calendar_warning(day: date | None, what: str = "publication date") -> str:
    """The warning for a reference date near either end of the calendar (years 1-100 and
    9900-9999, where what it counts to may not exist); "" for any other date."""
    if day is None:
        return ""
    if day.year <= date.min.year + CALENDAR_MARGIN_YEARS - 1:
        side, edge = "start", f"before {date.min.isoformat()}"
    elif day.year >= date.max.year - CALENDAR_MARGIN_YEARS + 1:
        side, edge = "end", f"after {date.max.isoformat()}"
    else:
        return ""
    shown = day.date() if isinstance(day, datetime) else day
    return (f"{what} {shown.isoformat()} is near the {side} of the calendar: expressions that "
            f"would fall {edge} are left out")


def calendar_problems(articles: Sequence[Article], settings: Settings) -> list[Problem]:
    """A warning per article whose metadata date is near an end of the calendar (none when
    ``--dct`` overrides the metadata: that one is warned about once, by the caller)."""
    if settings.dct is not None:
        return []
    return [Problem(a.origin, warning, "warning") for a in articles
            if (warning := calendar_warning(a.published))]


def disputes_metadata(tagged: TaggedArticle) -> bool:
    """Whether the text disputes the metadata date kept for this article (worth checking again
    once the corpus has taught its eras)."""
    return tagged.dct_source == "metadata" and bool(tagged.dct_conflicts)


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



@dataclass(frozen=True, slots=True)
class TagResult:
    """What tagging found in one article, without the article (the caller holds it)."""

    spans: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    dct: date | None
    dct_source: str
    dct_confidence: float
    dct_evidence: tuple[str, ...]
    dct_conflicts: tuple[str, ...]

    def attach(self, article: Article) -> TaggedArticle:
        """The TaggedArticle for ``article`` (ids re-stamped: the article's id may have been
        made unique across files after tagging)."""
        sentences = tuple(Sentence(article.id, i, start, end, article.text[start:end])
                          for i, (start, end) in enumerate(self.spans))
        mentions = self.mentions
        if mentions and mentions[0].article_id != article.id:
            mentions = tuple(replace(m, article_id=article.id) for m in mentions)
        return TaggedArticle(article, sentences, mentions, self.dct, self.dct_source,
                             self.dct_confidence, self.dct_evidence, self.dct_conflicts)

    @classmethod
    def of(cls, tagged: TaggedArticle) -> TagResult:
        return cls(tuple((s.start, s.end) for s in tagged.sentences), tagged.mentions,
                   tagged.dct, tagged.dct_source, tagged.dct_confidence, tagged.dct_evidence,
                   tagged.dct_conflicts)


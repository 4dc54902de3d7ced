"""The domain: plain frozen dataclasses that flow from ingestion to export.

Offsets are always character offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .safe_text import shown_path, shown_text


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a JSON record or a feed entry."""

    id: str
    title: str
    text: str
    source: str = ""
    url: str = ""
    byline: str = ""
    published: datetime | None = None
    #: Where ``published`` came from, e.g. "metadata: date", "dateline header", "htmldate",
    #: "feed entry"; empty when there is no publication date.
    published_from: str = ""
    language: str = "en"
    #: The file (and, for multi-record files, the record) the article was read from.
    origin: str = ""
    #: Page furniture cut out of the text at ingestion, as (reason, lines) pairs:
    #: ("comments", 12), ("byline", 1)... (see ``ingest/scraped.py``).
    removed: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article; ``article.text[start:end] == text``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input: reported as ``dateline: PATH: message``.

    The report is always one line: the path and the message are shown with their control
    characters escaped (``safe_text``), so a file name can never forge a second report.
    """

    path: str
    message: str
    #: "error" skips the file (or record); "warning" loads it anyway.
    severity: str = "error"

    def __str__(self) -> str:
        return f"dateline: {shown_path(self.path)}: {shown_text(self.message)}"


@dataclass(slots=True)
class LoadResult:
    """Articles read from the user's paths plus every problem met on the way."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression found in an article and what it resolved to.

    ``type`` and ``value`` follow TIMEX3 (DATE/TIME/DURATION/SET; ``2022-05-07``,
    ``2022-05-06TNI``, ``2022-W18``, ``P3D``, ``PAST_REF``...). ``interval`` is the resolved
    half-open span [start, end) when the value denotes a point or period on the calendar.
    """

    article_id: str
    start: int
    end: int
    text: str
    sentence: int
    type: str
    value: str
    interval: tuple[datetime, datetime] | None
    granularity: str
    #: What the value was resolved against: "dct", "discourse", "era", "absolute" or "none".
    anchor: str
    #: The anchor's own value (e.g. "2022-05-07"), empty when absolute.
    anchor_value: str
    #: Name of the recogniser rule that found the span.
    rule: str
    #: A sentence a person can read: why this value.
    explanation: str
    mod: str = ""

    @property
    def day(self) -> date | None:
        """The calendar day this mention points at, when it is day-level or finer."""
        if self.interval is None or self.granularity not in DAY_OR_FINER:
            return None
        return self.interval[0].date()


DAY_OR_FINER = frozenset({"day", "part-of-day", "hour", "minute", "second"})


@dataclass(frozen=True, slots=True)
class TaggedArticle:
    """An article with its sentences, its time expressions and the reference date they used.

    ``dct_source`` is "metadata", "inferred", "given" or "unknown"; ``dct_evidence`` says why
    (for inferred dates) and ``dct_conflicts`` lists disagreements between metadata and text.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    dct: date | None
    dct_source: str = "unknown"
    dct_confidence: float = 0.0
    dct_evidence: tuple[str, ...] = ()
    dct_conflicts: tuple[str, ...] = ()

    @property
    def uncertain(self) -> bool:
        """True when the reference date was guessed or disputed."""
        return self.dct_source in ("inferred", "unknown") or bool(self.dct_conflicts)

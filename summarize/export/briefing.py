"""What goes into a briefing: the chosen entries, their summaries and the uncertain items."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..corpus import Corpus
from ..summary import DEFAULT_METHOD, DEFAULT_SENTENCES, summarize_entries
from ..timeline import DatedSentence, TimelineEntry, importance, select_entries


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    """The knobs of ``dateline export`` (and the TUI's export key)."""

    summarizer: str = DEFAULT_METHOD
    sentences: int = DEFAULT_SENTENCES
    granularity: str = "day"
    start: date | None = None
    end: date | None = None
    top: int | None = None
    title: str = "Timeline briefing"
    sources: frozenset[str] | None = None
    query: str = ""


@dataclass(frozen=True, slots=True)
class BriefingDate:
    entry: TimelineEntry
    summary: tuple[DatedSentence, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    options: BriefingOptions
    corpus: Corpus
    dates: tuple[BriefingDate, ...]

    @property
    def sources(self) -> list[str]:
        return sorted({t.article.source for t in self.corpus.tagged if t.article.source})

    @property
    def span(self) -> tuple[date, date] | None:
        days = [d.entry.start for d in self.dates if not d.entry.is_coarse]
        return (min(days), max(days)) if days else None


def filter_entry(entry: TimelineEntry, sources: frozenset[str] | None, query: str
                 ) -> TimelineEntry | None:
    """The entry restricted to some outlets and to sentences containing ``query``."""
    if sources is None and not query:
        return entry
    needle = query.casefold()
    kept = tuple(s for s in entry.sentences
                 if (sources is None or sources & set(s.sources or (s.source,)))
                 and (not needle or needle in s.text.casefold()))
    if not kept:
        return None
    return replace(entry, sentences=kept, importance=importance(kept),
                   uncertain=all(s.uncertain for s in kept))


def narrow_entries(entries: list[TimelineEntry], sources: frozenset[str] | None, query: str
                   ) -> list[TimelineEntry]:
    """The entries restricted to some outlets and to sentences containing ``query``."""
    kept = (filter_entry(e, sources, query) for e in entries)
    return [e for e in kept if e is not None]


def build_briefing(corpus: Corpus, options: BriefingOptions = BriefingOptions(),
                   entries: list[TimelineEntry] | None = None) -> Briefing:
    """Select the entries the options ask for and summarise each one."""
    entries = corpus.timeline(options.granularity) if entries is None else entries
    narrowed = narrow_entries(entries, options.sources, options.query)
    chosen = select_entries(narrowed, top=options.top, start=options.start, end=options.end)
    # Summaries lean towards the story of the whole view (as the TUI's do), not just the
    # dates kept by --top.
    summaries = summarize_entries(chosen, sentences=options.sentences,
                                  method=options.summarizer, background=narrowed)
    dates = tuple(BriefingDate(e, tuple(s)) for e, s in zip(chosen, summaries, strict=True))
    return Briefing(options, corpus, dates)

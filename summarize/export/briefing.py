"""What goes into a briefing: the chosen entries, their summaries and the uncertain items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..corpus import Corpus
from ..summary import DEFAULT_METHOD, DEFAULT_SENTENCES, summarize_entries
from ..timeline import DatedSentence, TimelineEntry, select_entries


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
        return self.corpus.source_names()

    @property
    def span(self) -> tuple[date, date] | None:
        days = [d.entry.start for d in self.dates if not d.entry.is_coarse]
        return (min(days), max(days)) if days else None


def build_briefing(corpus: Corpus, options: BriefingOptions = BriefingOptions(),
                   entries: list[TimelineEntry] | None = None) -> Briefing:
    """Select the entries the options ask for and summarise each one."""
    entries = corpus.timeline(options.granularity) if entries is None else entries
    narrowed = corpus.narrow(entries, options.sources, options.query)
    chosen = select_entries(narrowed, top=options.top, start=options.start, end=options.end)
    # Summaries lean towards the story of the whole view (as the TUI's do), not just the
    # dates kept by --top.
    summaries = summarize_entries(chosen, sentences=options.sentences,
                                  method=options.summarizer, background=narrowed)
    dates = tuple(BriefingDate(e, tuple(s)) for e, s in zip(chosen, summaries, strict=True))
    return Briefing(options, corpus, dates)

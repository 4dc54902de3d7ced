"""What goes into a briefing: the chosen entries, their summaries and the uncertain items."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
        return self.corpus.source_names()

    @property
    def span(self) -> tuple[date, date] | None:
        days = [d.entry.start for d in self.dates if not d.entry.is_coarse]
        return (min(days), max(days)) if days else None


_WORD = re.compile(r"\w+")


def matches(text: str, words: Sequence[str]) -> bool:
    """Does every (casefolded) query word begin a word of ``text``? The search box's rule,
    the same with or without the index's full-text search."""
    if not words:
        return True
    tokens = _WORD.findall(text.casefold())
    return all(any(t.startswith(w) for t in tokens) for w in words)


def filter_entry(entry: TimelineEntry, sources: frozenset[str] | None, query: str
                 ) -> TimelineEntry | None:
    """The entry restricted to some outlets and to sentences matching ``query`` (every word
    of it begins a word of the sentence, ignoring case: "ferr" finds "ferries")."""
    if sources is None and not query:
        return entry
    if sources is not None and not sources & set(entry.sources):
        return None
    words = _WORD.findall(query.casefold())
    kept = tuple(s for s in entry.sentences
                 if (sources is None or sources & set(s.sources or (s.source,)))
                 and matches(s.text, words))
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
    narrowed = corpus.narrow(entries, options.sources, options.query)
    chosen = select_entries(narrowed, top=options.top, start=options.start, end=options.end)
    # Summaries lean towards the story of the whole view (as the TUI's do), not just the
    # dates kept by --top.
    summaries = summarize_entries(chosen, sentences=options.sentences,
                                  method=options.summarizer, background=narrowed)
    dates = tuple(BriefingDate(e, tuple(s)) for e, s in zip(chosen, summaries, strict=True))
    return Briefing(options, corpus, dates)

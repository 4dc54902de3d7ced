"""Per-date summaries: pick the sentences that say most about a timeline entry."""

from __future__ import annotations

from datetime import date

from .timeline import DatedSentence, TimelineEntry

DEFAULT_METHOD = "lexrank"
DEFAULT_SENTENCES = 3


def chronological(sentences: list[DatedSentence]) -> list[DatedSentence]:
    """Order summary sentences as a reader follows them: by report date, article, position."""
    return sorted(sentences, key=lambda s: (s.reported or date.min, s.article_id, s.sentence))


def summarize_entry(entry: TimelineEntry, *, sentences: int = DEFAULT_SENTENCES,
                    method: str = DEFAULT_METHOD) -> list[DatedSentence]:
    """The ``sentences`` most representative sentences filed under ``entry``, chronologically.

    Sentences placed by a time expression are preferred; the "reported on" ones only fill the
    summary when too few sentences name the date.
    """
    from .summarizers import summarize_candidates

    named = [s for s in entry.sentences if s.rule != "reported"]
    pool = named if len(named) >= sentences else list(entry.sentences)
    if len(pool) <= sentences:  # nothing to choose between
        return chronological(pool)
    chosen = summarize_candidates([s.text for s in pool], sentences, method)
    return chronological([pool[i] for i in chosen])

"""Per-date summaries: pick the sentences that say most about a timeline entry."""

from __future__ import annotations

import re
from datetime import date

from .timeline import DatedSentence, TimelineEntry

DEFAULT_METHOD = "lexrank"
DEFAULT_SENTENCES = 3
MIN_WORDS, MAX_WORDS = 8, 45
_WORD = re.compile(r"\w+")
_QUOTES = ("``", '"', "“", "'", "‘")


def chronological(sentences: list[DatedSentence]) -> list[DatedSentence]:
    """Order summary sentences as a reader follows them: by report date, article, position."""
    return sorted(sentences, key=lambda s: (s.reported or date.min, s.article_id, s.sentence))


def summary_worthy(sentence: DatedSentence) -> bool:
    """A sentence that can stand alone in a briefing: a full statement, not a fragment, a
    run-on or a bare quotation."""
    words = len(_WORD.findall(sentence.text))
    return MIN_WORDS <= words <= MAX_WORDS and not sentence.text.lstrip().startswith(_QUOTES)


def summarize_entry(entry: TimelineEntry, *, sentences: int = DEFAULT_SENTENCES,
                    method: str = DEFAULT_METHOD) -> list[DatedSentence]:
    """The ``sentences`` most representative sentences filed under ``entry``, chronologically.

    Candidates are the entry's sentences that can stand alone (see ``summary_worthy``); when too
    few can, all of them. On Timeline17 this beat preferring the sentences that name the date.
    """
    from .summarizers import summarize_candidates

    pool = [s for s in entry.sentences if summary_worthy(s)]
    if len(pool) < sentences:
        pool = list(entry.sentences)
    if len(pool) <= sentences:  # nothing to choose between
        return chronological(pool)
    chosen = summarize_candidates([s.text for s in pool], sentences, method)
    return chronological([pool[i] for i in chosen])

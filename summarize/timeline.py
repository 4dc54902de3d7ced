"""File every sentence under the date it is about, then group and rank the dates.

A sentence with a time expression goes under the date(s) the expression points at ("mention");
one without continues the date of the sentence before it when it carries on the same story in
the same paragraph ("continues"); otherwise it is what the article reported on its publication
date ("reported"). Coarse expressions (a week, a month, "recent days") make coarse entries of
their own so that they never flood the day entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy

from summarize import regex_cache as rx

from .dedup import collapse
from .importance import (
    LEAD_SENTENCES,
    Ranker,
    count_features,
    explain,
    importance_scores,
    scaled_features,
)
from .models import DAY_OR_FINER, Mention, Sentence, TaggedArticle

#: How a sentence came to be filed under a date.
RULE_MENTION, RULE_CONTINUES, RULE_REPORTED = "mention", "continues", "reported"
#: TIMEX3 values that name no calendar period; they file under "recent days" style entries.
VAGUE_VALUES = {"PAST_REF": "days before", "PRESENT_REF": "around", "FUTURE_REF": "days after"}
#: Sentence openers that lean on the sentence before (a pronoun or a connective).
_CONTINUATION_OPENERS = frozenset({
    "he", "she", "they", "it", "its", "their", "his", "her", "this", "that", "these", "those",
    "there", "then", "later", "afterwards", "meanwhile", "also", "but", "and", "however",
    "still", "officials", "authorities", "police", "witnesses",
})


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A sentence filed under one timeline entry, with the rule and mentions that put it there."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    source: str
    #: The article's reference date: the day the sentence was reported.
    reported: date | None
    rule: str
    mentions: tuple[Mention, ...] = ()
    #: Every outlet that carried this sentence (near-duplicates collapsed), first-seen order.
    sources: tuple[str, ...] = ()
    #: True when the placement rests on a publication date that was inferred or disputed.
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One date (or week, month, ...) of the story, with everything filed under it."""

    key: str
    granularity: str
    start: date
    end: date
    sentences: tuple[DatedSentence, ...]
    importance: float = 0.0
    #: True when no sentence places it firmly: every placement rests on a publication date
    #: that was inferred or disputed.
    uncertain: bool = False
    #: True for entries broader than the timeline's own granularity (a month in a day view).
    is_coarse: bool = False
    #: The date ranker's counts (``importance.FEATURES``) that ``importance`` comes from.
    features: tuple[int, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        known = getattr(self.sentences, "sources", None)  # sentences kept in the index
        if known is not None:
            return known
        seen: dict[str, None] = {}
        for s in self.sentences:
            for src in s.sources or (s.source,):
                seen.setdefault(src, None)
        return tuple(seen)

    @property
    def label(self) -> str:
        return entry_label(self.key, self.granularity, self.start)


def entry_label(key: str, granularity: str, start: date) -> str:
    """A reader's name for an entry: "Saturday 4 May 2024", "week of 29 April 2024"..."""
    if granularity == "day":
        return f"{start:%A} {start.day} {start:%B %Y}"
    if granularity in ("week", "weekend"):
        return f"{granularity} of {start.day} {start:%B %Y}"
    if granularity == "month":
        return f"{start:%B %Y}"
    if granularity == "quarter" and "-Q" in key:
        year, quarter = key.split("-Q", 1)
        return f"Q{quarter[:1]} {year}"
    if granularity == "season" and key[-2:] in _SEASONS:
        return f"{_SEASONS[key[-2:]]} {key[:4]}"
    if granularity == "decade" and key.isdigit() and len(key) == 3:
        return f"the {key}0s"
    if granularity == "vague":
        word = VAGUE_VALUES.get(key.split("@")[0], "around")
        return f"{word} {start:%a} {start.day} {start:%b %Y}"
    return key


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def day_key(day: date) -> str:
    return day.isoformat()


def days_after(day: date, days: int) -> date:
    """``day`` plus ``days``, clamped to the calendar's last day: the periods that end after
    9999-12-31 are given that day as their end rather than raising."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def period_of(day: date, granularity: str) -> tuple[str, date, date]:
    """The key and [start, end) of the day, week or month containing ``day``."""
    if granularity == "week":
        monday = day - timedelta(days=day.weekday())
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}", monday, days_after(monday, 7)
    if granularity == "month":
        first = day.replace(day=1)
        nxt = days_after(first, 32)
        end = nxt if nxt == date.max else nxt.replace(day=1)
        return f"{day.year:04d}-{day.month:02d}", first, end
    return day.isoformat(), day, days_after(day, 1)


def mention_slot(mention: Mention, reported: date | None) -> tuple[str, str, date, date] | None:
    """Where a mention files its sentence: (key, granularity, start, end), or None."""
    if mention.type not in ("DATE", "TIME"):
        return None
    if mention.value in VAGUE_VALUES:
        if reported is None:
            return None
        return f"{mention.value}@{reported}", "vague", reported, days_after(reported, 1)
    if mention.interval is None:
        return None
    start, end = mention.interval[0].date(), mention.interval[1].date()
    if mention.granularity in DAY_OR_FINER:
        return day_key(start), "day", start, days_after(start, 1)
    if end <= start:
        return None
    key = mention.value.split("T")[0] or start.isoformat()
    return key, mention.granularity or "period", start, end


def _continues(text: str, previous: Sentence, current: Sentence) -> bool:
    """Does ``current`` carry on the story of ``previous`` (same paragraph, or leans on it)?"""
    if "\n\n" not in text[previous.end:current.start]:
        return True
    first = current.text.split(maxsplit=1)[0].strip("\"'“‘(").lower() if current.text else ""
    return first in _CONTINUATION_OPENERS


def place_sentences(tagged: TaggedArticle) -> Iterable[tuple[tuple[str, str, date, date],
                                                             DatedSentence]]:
    """Yield (slot, dated sentence) for every sentence of one article, by the rules above."""
    art = tagged.article
    shaky = tagged.uncertain
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in tagged.mentions:
        by_sentence[m.sentence].append(m)
    previous: Sentence | None = None
    previous_days: list[tuple[str, str, date, date]] = []
    for sent in tagged.sentences:
        def dated(rule: str, uncertain: bool, mentions: tuple[Mention, ...] = (),
                  sent: Sentence = sent) -> DatedSentence:
            return DatedSentence(art.id, sent.index, sent.start, sent.end, sent.text,
                                 art.source, tagged.dct, rule, mentions, (art.source,), uncertain)

        slots: dict[tuple[str, str, date, date], list[Mention]] = {}
        for m in by_sentence.get(sent.index, ()):
            slot = mention_slot(m, tagged.dct)
            if slot is not None:
                slots.setdefault(slot, []).append(m)
        if slots:
            for slot, ms in slots.items():
                yield slot, dated(RULE_MENTION, shaky and any(m.anchor != "absolute" for m in ms),
                                  tuple(ms))
            previous_days = [s for s in slots if s[1] == "day"]
        elif previous is not None and previous_days and _continues(art.text, previous, sent):
            for slot in previous_days:
                yield slot, dated(RULE_CONTINUES, shaky)
        elif tagged.dct is not None:
            slot = period_of(tagged.dct, "day")
            yield (slot[0], "day", slot[1], slot[2]), dated(RULE_REPORTED, shaky)
            previous_days = []
        previous = sent


def entry_features(sentences: Sequence[DatedSentence], start: date, end: date
                   ) -> tuple[int, ...]:
    """The date ranker's counts (``importance.count_features``) for the collapsed sentences
    of an entry covering [start, end): sentences merely published that day do not name it."""
    ids: dict[str, int] = {}
    article = numpy.fromiter((ids.setdefault(s.article_id, len(ids)) for s in sentences),
                             dtype=numpy.int64, count=len(sentences))
    reported = numpy.fromiter((s.reported.toordinal() if s.reported else -1 for s in sentences),
                              dtype=numpy.int64, count=len(sentences))
    named = numpy.fromiter((s.rule != RULE_REPORTED for s in sentences), dtype=bool,
                           count=len(sentences))
    lead = numpy.fromiter((s.sentence < LEAD_SENTENCES for s in sentences), dtype=bool,
                          count=len(sentences))
    outlets = {src for s in sentences if s.rule != RULE_REPORTED
               for src in (s.sources or (s.source,))}
    return count_features(start.toordinal(), end.toordinal(), article, reported, named, lead,
                          len(outlets))


def rank_entries(entries: Sequence[TimelineEntry], ranker: Ranker | None = None
                 ) -> list[TimelineEntry]:
    """The entries with ``importance`` worked out by the date ranker from their features,
    scaled against the whole view (the shipped ranker unless one is given)."""
    inputs = ranker_inputs(entries)
    return [replace(e, importance=score)
            for e, score in zip(entries, importance_scores(inputs, ranker), strict=True)]


def ranking_reasons(entry: TimelineEntry, view: Sequence[TimelineEntry]
                    ) -> list[tuple[str, float, float]]:
    """Why ``entry`` ranks where it does among ``view`` (the entries it was ranked with):
    each feature's value and what it adds to the score, biggest first."""
    inputs = ranker_inputs(view)
    for i, other in enumerate(view):
        if other.key == entry.key and other.granularity == entry.granularity:
            return explain(entry.features, inputs[i].tolist())
    return explain(entry.features, [0.0] * inputs.shape[1])


def ranker_inputs(entries: Sequence[TimelineEntry]) -> numpy.ndarray:
    """What the ranker reads for each entry: its features scaled against the view."""
    return scaled_features([e.features for e in entries],
                           [e.start.toordinal() for e in entries],
                           [_PERIOD_DAYS.get(e.granularity, (e.end - e.start).days)
                            for e in entries],
                           [not e.is_coarse for e in entries])


#: One period of each granularity in days, so that months of 28 to 31 days are neighbours.
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def collapse_duplicates(sentences: Sequence[DatedSentence]) -> list[DatedSentence]:
    """Near-duplicate sentences (wire copy) become one, crediting every outlet that ran it."""
    if len(sentences) < 2:
        return list(sentences)
    merged = collapse(sentences, lambda s: s.text, lambda s: s.source)
    return [first if len(sources) < 2 else replace(first, sources=tuple(sources))
            for first, sources in merged]


def build_timeline(tagged: Sequence[TaggedArticle], *, granularity: str = "day"
                   ) -> list[TimelineEntry]:
    """Every entry of the corpus, in chronological order (coarse entries after day entries)."""
    buckets: dict[tuple[str, str], list[DatedSentence]] = defaultdict(list)
    spans: dict[tuple[str, str], tuple[date, date]] = {}
    for t in tagged:
        for slot, dated in place_sentences(t):
            if granularity != "day" and slot[1] in ("day", "week") and (
                    granularity == "month" or slot[1] == "day"):
                key, start, end = period_of(slot[2], granularity)
                slot = (key, granularity, start, end)
            key, gran, start, end = slot
            buckets[key, gran].append(dated)
            # "late 2023" and "2023" are one entry; it spans the widest period named.
            old = spans.get((key, gran), (start, end))
            spans[key, gran] = (min(old[0], start), max(old[1], end))
    entries = []
    for (key, gran), found in buckets.items():
        start, end = spans[key, gran]
        items = collapse_duplicates(found)
        uncertain = all(s.uncertain for s in items)
        entries.append(TimelineEntry(key, gran, start, end, tuple(items), 0.0, uncertain,
                                     gran != granularity, entry_features(items, start, end)))
    entries.sort(key=lambda e: (e.is_coarse, e.start, e.end, e.key))
    return rank_entries(entries)


def select_entries(entries: Sequence[TimelineEntry], *, top: int | None = None,
                   start: date | None = None, end: date | None = None,
                   include_coarse: bool = True) -> list[TimelineEntry]:
    """Keep entries inside [start, end] (inclusive days), then the ``top`` most important.

    ``top`` counts entries at the timeline's own granularity and drops the coarse ones. The
    result stays in chronological order; ties in importance go to the earlier date.
    """
    include_coarse = include_coarse and top is None
    kept = [e for e in entries
            if (include_coarse or not e.is_coarse)
            and (start is None or e.end > start)
            and (end is None or e.start <= end)]
    if top is not None and top < len(kept):
        ranked = sorted(kept, key=lambda e: (-e.importance, e.start, e.key))[:top]
        chosen = {id(e) for e in ranked}
        kept = [e for e in kept if id(e) in chosen]
    return kept


_WORD = rx.compile(r"\w+")


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
    return replace(entry, sentences=kept, features=entry_features(kept, entry.start, entry.end),
                   uncertain=all(s.uncertain for s in kept))


def narrow_entries(entries: list[TimelineEntry], sources: frozenset[str] | None, query: str
                   ) -> list[TimelineEntry]:
    """The entries restricted to some outlets and to sentences containing ``query``, ranked
    again among themselves."""
    if sources is None and not query:
        return list(entries)
    kept = (filter_entry(e, sources, query) for e in entries)
    return rank_entries([e for e in kept if e is not None])


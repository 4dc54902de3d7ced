"""A hand-made corpus for the TUI tests, and the pure helpers the panes are drawn with."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from summarize.corpus import Corpus
from summarize.models import Article, Mention, Problem, TaggedArticle
from summarize.sentences import split_sentences
from summarize.settings import Settings
from summarize.timeline import TimelineEntry
from tui.app.widgets.article_body import paragraphs
from tui.app.widgets.mention_style import mention_kind
from tui.app.widgets.timeline_list import importance_bar, ordered, row_label

HARBOUR = (
    "Dockers walked out yesterday, Friday, at the port of Orvessa. They blocked the gates.\n\n"
    "The union will meet in May. Talks are stalled.\n\n"
    "Police said nothing."
)
KELVAN = (
    "The strike entered its second day on Saturday. Ferries stayed in port.\n\n"
    "On Friday the dockers had walked out after pay talks failed."
)
LEDGER = "Minister Aldo Brenn promised a deal within a week. Shipping firms counted losses."


def _day(d: date) -> datetime:
    return datetime.combine(d, datetime.min.time())


def mention(article_id: str, body: str, text: str, value: str, start: date, end: date, *,
            gran: str = "day", type_: str = "DATE", anchor: str = "dct",
            explanation: str = "") -> Mention:
    """A mention of ``text`` in ``body`` resolved by hand to ``value``."""
    at = body.index(text)
    index = next(s.index for s in split_sentences(body) if s.start <= at < s.end)
    return Mention(article_id, at, at + len(text), text, index, type_, value,
                   (_day(start), _day(end)), gran, anchor, "2024-05-04", "hand",
                   explanation or f"{text} resolved by hand to {value}")


def tagged(article_id: str, body: str, source: str, dct: date | None, mentions=(),
           dct_source: str = "metadata") -> TaggedArticle:
    art = Article(article_id, f"Story {article_id}", body, source=source,
                  published=_day(dct) if dct else None, origin=f"{article_id}.txt")
    return TaggedArticle(art, tuple(split_sentences(body, article_id)), tuple(mentions), dct,
                         dct_source, 1.0 if dct_source == "metadata" else 0.6,
                         ("the text says Saturday",) if dct_source == "inferred" else ())


FRI, SAT, SUN = date(2024, 5, 3), date(2024, 5, 4), date(2024, 5, 5)


def hand_corpus() -> Corpus:
    """Three articles from three outlets: Friday named twice, Saturday once, May once."""
    harbour = tagged("harbour-1", HARBOUR, "Harbour Wire", SAT, [
        mention("harbour-1", HARBOUR, "yesterday, Friday", "2024-05-03", FRI, SAT,
                explanation="yesterday: the day before the publication date"),
        mention("harbour-1", HARBOUR, "in May", "2024-05", date(2024, 5, 1), date(2024, 6, 1),
                gran="month", anchor="dct"),
    ])
    kelvan = tagged("kelvan-1", KELVAN, "Radio Kelvan", SUN, [
        mention("kelvan-1", KELVAN, "on Saturday", "2024-05-04", SAT, SUN,
                explanation="Saturday: the Saturday before the publication date"),
        mention("kelvan-1", KELVAN, "On Friday", "2024-05-03", FRI, SAT, anchor="discourse",
                explanation="Friday: the Friday before the story's Saturday"),
    ], dct_source="inferred")
    ledger = tagged("ledger-1", LEDGER, "Northern Ledger", SUN, [
        mention("ledger-1", LEDGER, "within a week", "P1W", SUN, SUN, gran="", type_="DURATION",
                anchor="none"),
    ])
    problems = [Problem("broken.json", "not valid JSON (line 1)")]
    return Corpus([harbour, kelvan, ledger], problems, Settings())


def redated(corpus: Corpus, article_id: str, day: date) -> Corpus:
    """What ``Corpus.with_article_date`` does, without the temporal engine: move the DCT."""
    return replace(corpus, tagged=[replace(t, dct=day, dct_source="given")
                                   if t.article.id == article_id else t for t in corpus.tagged])


class HandCorpus(Corpus):
    """The hand-made corpus, re-dated without re-tagging."""

    def with_article_date(self, article_id: str, day: date) -> Corpus:
        return HandCorpus(redated(self, article_id, day).tagged, self.problems, self.settings)


def hand_loader(paths, settings=None, progress=None) -> Corpus:
    corpus = hand_corpus()
    if progress:
        for i in range(3):
            progress("tag", i + 1, 3)
    return HandCorpus(corpus.tagged, corpus.problems, corpus.settings)


# --- the pure helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(("value", "maximum", "expected"), [
    (8.0, 8.0, "████████"),
    (4.0, 8.0, "████    "),
    (1.0, 8.0, "█       "),
    (0.5, 8.0, "▌       "),   # half a cell: four eighths
    (0.0, 8.0, "        "),
    (3.0, 0.0, "        "),
    (0.01, 8.0, "▏       "),  # anything above zero shows at least a sliver
])
def test_importance_bar(value, maximum, expected):
    assert importance_bar(value, maximum) == expected


def _entry(key: str, start: date, *, gran: str = "day", coarse: bool = False) -> TimelineEntry:
    return TimelineEntry(key, gran, start, start, (), is_coarse=coarse)


@pytest.mark.parametrize(("newest", "expected"), [
    (False, ["2024-05-03", "2024-05-04", "2024-W18", "2024-05"]),
    (True, ["2024-05-04", "2024-05-03", "2024-05", "2024-W18"]),
])
def test_order_keeps_coarse_entries_below(newest, expected):
    entries = [_entry("2024-05-03", FRI), _entry("2024-05-04", SAT),
               _entry("2024-W18", date(2024, 4, 29), gran="week", coarse=True),
               _entry("2024-05", date(2024, 5, 1), gran="month", coarse=True)]
    assert [e.key for e in ordered(entries, newest)] == expected


@pytest.mark.parametrize(("entry", "label"), [
    (_entry("2024-05-03", FRI), "Fri  3 May 2024"),
    (_entry("2024-05", date(2024, 5, 1), gran="month", coarse=True), "May 2024"),
    (_entry("2024-W18", date(2024, 4, 29), gran="week", coarse=True), "week of 29 April 2024"),
])
def test_row_label(entry, label):
    assert row_label(entry) == label


@pytest.mark.parametrize(("text", "spans"), [
    ("One.\n\nTwo.", [(0, 4), (6, 10)]),
    ("One.\n  \n\nTwo.\n", [(0, 4), (9, 14)]),
    ("Just one line.", [(0, 14)]),
    ("", [(0, 0)]),
])
def test_paragraphs(text, spans):
    assert paragraphs(text) == spans


@pytest.mark.parametrize(("type_", "anchor", "kind"), [
    ("DATE", "dct", "date-dct"),
    ("DATE", "discourse", "date-discourse"),
    ("DATE", "absolute", "date-absolute"),
    ("TIME", "dct", "time"),
    ("DURATION", "none", "duration"),
    ("SET", "none", "set"),
])
def test_mention_kind(type_, anchor, kind):
    m = mention("a", "It rained today.", "today", "2024-05-04", SAT, SUN, type_=type_,
                anchor=anchor)
    assert mention_kind(m) == kind


def test_hand_corpus_files_sentences_where_expected():
    entries = {e.key: e for e in hand_corpus().timeline("day")}
    friday = entries["2024-05-03"]
    assert [(s.article_id, s.uncertain) for s in friday.sentences] == [
        ("harbour-1", False), ("harbour-1", False), ("kelvan-1", True)]  # kelvan-1's is inferred
    assert not friday.uncertain  # harbour-1's metadata date places Friday firmly
    assert entries["2024-05"].is_coarse

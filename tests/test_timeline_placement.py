"""Filing sentences under dates: mention, continuation and reported-on rules (hand-made input)."""

from __future__ import annotations

from datetime import date, datetime

from summarize.models import Article, Mention, TaggedArticle
from summarize.sentences import split_sentences
from summarize.timeline import build_timeline, select_entries


def mention(text: str, body: str, value: str, start: date, end: date, gran: str = "day",
            type_: str = "DATE", sentence: int | None = None) -> Mention:
    """A mention of ``text`` in ``body`` resolved by hand to ``value``."""
    at = body.index(text)
    sents = split_sentences(body)
    index = sentence if sentence is not None else next(
        s.index for s in sents if s.start <= at < s.end)
    return Mention("a", at, at + len(text), text, index, type_, value,
                   (datetime.combine(start, datetime.min.time()),
                    datetime.combine(end, datetime.min.time())),
                   gran, "dct", "2024-05-04", "test", "by hand")


BODY = (
    "Dockers walked out yesterday, Friday, at the port. They blocked the gates.\n\n"
    "The union will meet in May. Talks are stalled.\n\n"
    "Police said nothing."
)


def tagged(body: str = BODY, mentions=(), dct=date(2024, 5, 4), source="Harbour Wire",
           article_id="a") -> TaggedArticle:
    art = Article(article_id, "Strike", body, source=source)
    return TaggedArticle(art, tuple(split_sentences(body, article_id)), tuple(mentions), dct,
                         "metadata", 1.0)


def test_sentences_go_where_their_mentions_point_and_continue():
    m = mention("yesterday, Friday", BODY, "2024-05-03", date(2024, 5, 3), date(2024, 5, 4))
    may = mention("in May", BODY, "2024-05", date(2024, 5, 1), date(2024, 6, 1), gran="month")
    entries = {e.key: e for e in build_timeline([tagged(mentions=[m, may])])}
    friday = entries["2024-05-03"]
    assert [(s.text, s.rule) for s in friday.sentences] == [
        ("Dockers walked out yesterday, Friday, at the port.", "mention"),
        ("They blocked the gates.", "continues"),
    ]
    assert friday.sentences[0].reported == date(2024, 5, 4)
    assert friday.label == "Friday 3 May 2024"
    month = entries["2024-05"]
    assert month.is_coarse and month.granularity == "month"
    assert [s.text for s in month.sentences] == ["The union will meet in May."]
    # "Talks are stalled." follows a coarse mention only: it is reported news of the DCT.
    reported = entries["2024-05-04"]
    assert [(s.text, s.rule) for s in reported.sentences] == [
        ("Talks are stalled.", "reported"), ("Police said nothing.", "reported")]


def test_coarse_entries_sort_after_days_and_never_mix_into_them():
    may = mention("in May", BODY, "2024-05", date(2024, 5, 1), date(2024, 6, 1), gran="month")
    entries = build_timeline([tagged(mentions=[may])])
    assert [e.key for e in entries] == ["2024-05-04", "2024-05"]


def test_undated_article_without_mentions_files_nothing():
    assert build_timeline([tagged(dct=None)]) == []


def test_week_granularity_groups_days():
    m = mention("yesterday, Friday", BODY, "2024-05-03", date(2024, 5, 3), date(2024, 5, 4))
    entries = build_timeline([tagged(mentions=[m])], granularity="week")
    # Friday 3 May and Saturday 4 May 2024 are both in ISO week 18 (Mon 29 April).
    assert [(e.key, e.start, e.label) for e in entries] == [
        ("2024-W18", date(2024, 4, 29), "week of 29 April 2024")]


def test_importance_prefers_named_dates_and_top_keeps_chronology():
    m = mention("yesterday, Friday", BODY, "2024-05-03", date(2024, 5, 3), date(2024, 5, 4))
    other = tagged(mentions=[mention("yesterday, Friday", BODY, "2024-05-03", date(2024, 5, 3),
                                     date(2024, 5, 4))], source="Radio Kelvan", article_id="b")
    entries = build_timeline([tagged(mentions=[m]), other])
    by_key = {e.key: e for e in entries}
    assert by_key["2024-05-03"].importance > by_key["2024-05-04"].importance
    assert by_key["2024-05-03"].sources == ("Harbour Wire", "Radio Kelvan")
    assert [e.key for e in select_entries(entries, top=1)] == ["2024-05-03"]
    assert [e.key for e in select_entries(entries, start=date(2024, 5, 4))] == ["2024-05-04"]


def test_wire_copy_collapses_keeping_every_source():
    body_a = "Dock workers walked out yesterday, Friday, at the port of Valmora."
    body_b = "Dock workers walked out on Friday at the port of Valmora."
    a = tagged(body_a, [mention("yesterday, Friday", body_a, "2024-05-03", date(2024, 5, 3),
                                date(2024, 5, 4))], source="Harbour Wire", article_id="a")
    b = tagged(body_b, [mention("on Friday", body_b, "2024-05-03", date(2024, 5, 3),
                                date(2024, 5, 4))], source="Radio Kelvan", article_id="b")
    [friday] = build_timeline([a, b])
    assert [s.text for s in friday.sentences] == [body_a]
    assert friday.sentences[0].sources == ("Harbour Wire", "Radio Kelvan")
    assert friday.sources == ("Harbour Wire", "Radio Kelvan")

"""The date ranker: counts per date, scaled against the view, weighted by the shipped model.

A date that later articles keep looking back to outranks a day on which one long page (a
programme guide, a live blog) names itself fifty times — the hand-set formula it replaced
ranked them the other way round.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy
import pytest

from summarize.evaluate.ranker_fit import FITTED, UNFITTED, logistic
from summarize.importance import (
    FEATURES,
    NAMES,
    count_features,
    default_ranker,
    explain,
    importance_scores,
    scaled_features,
)
from summarize.models import Article, Mention, Sentence, TaggedArticle
from summarize.timeline import build_timeline, select_entries

MAY = date(2024, 5, 1).toordinal()


def test_counts_of_one_date_by_hand() -> None:
    # 3 May; a: published that day, names it in its lead; b: published 5 May, names it twice;
    # c: published 1 May, names it once, late in the text; d: published 3 May, never names it.
    article = numpy.array([0, 1, 1, 2, 3])
    reported = numpy.array([MAY + 2, MAY + 4, MAY + 4, MAY, MAY + 2])
    named = numpy.array([True, True, True, True, False])
    lead = numpy.array([True, False, False, False, True])
    found = dict(zip(FEATURES, count_features(MAY + 2, MAY + 3, article, reported, named, lead,
                                              outlets=2), strict=True))
    assert found == {"articles": 3, "after": 1, "before": 1, "spread": 4, "published": 2,
                     "lead": 1, "sentences": 4, "outlets": 2}


def test_sentences_count_three_an_article_at_most() -> None:
    article = numpy.zeros(10, dtype=int)
    found = count_features(MAY, MAY + 1, article, numpy.full(10, MAY), numpy.ones(10, bool),
                           numpy.zeros(10, bool), 1)
    assert dict(zip(FEATURES, found, strict=True))["sentences"] == 3


def test_scaled_features_divide_by_the_views_largest_and_compare_with_neighbours() -> None:
    # three consecutive days: 1, 7 and 1 articles naming them; a coarse month of 40 articles
    counts = [[1] + [0] * 7, [7] + [0] * 7, [1] + [0] * 7, [40] + [0] * 7]
    inputs = scaled_features(counts, [MAY, MAY + 1, MAY + 2, MAY], [1, 1, 1, 31],
                             [True, True, True, False])
    assert inputs[1, 0] == pytest.approx(1.0)                    # the busiest day
    assert inputs[0, 0] == pytest.approx(numpy.log1p(1) / numpy.log1p(7))
    assert inputs[3, 0] > 1.0                                    # the month is not the reference
    burst = inputs[:, NAMES.index("burst")]
    assert burst[1] == pytest.approx(1.0)                        # most above its neighbours
    assert burst[0] < burst[1] and burst[2] < burst[1]


def _mention(aid: str, sentence: int, start: int, text: str, day: date) -> Mention:
    at = datetime(day.year, day.month, day.day)
    return Mention(aid, start, start + len(text), text, sentence, "DATE", day.isoformat(),
                   (at, at + timedelta(days=1)), "day", "absolute", "", "test", "written")


def _article(aid: str, published: date, sentences: list[str], about: date | None
             ) -> TaggedArticle:
    """An article whose sentences each name ``about`` by the words '3 May 2024' (if given)."""
    text = " ".join(sentences)
    spans, mentions, at = [], [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(aid, i, at, at + len(s), s))
        if about is not None and "3 May 2024" in s:
            mentions.append(_mention(aid, i, at + s.index("3 May 2024"), "3 May 2024", about))
        at += len(s) + 1
    return TaggedArticle(Article(aid, "", text, source="Harbour Wire",
                                 published=datetime(published.year, published.month,
                                                    published.day)),
                         tuple(spans), tuple(mentions), published, "metadata", 1.0)


def test_a_date_later_articles_look_back_to_outranks_a_page_that_names_itself() -> None:
    strike = date(2024, 5, 3)
    guide = date(2024, 5, 9)
    # one long page published on 9 May that names its own day in every line
    page = _article("guide", guide, [f"Item {i} of the 9 May 2024 schedule ." for i in range(30)],
                    None)
    page = TaggedArticle(page.article, page.sentences,
                         tuple(_mention("guide", s.index, s.start + s.text.index("9 May 2024"),
                                        "9 May 2024", guide) for s in page.sentences),
                         guide, "metadata", 1.0)
    later = [_article(f"later-{i}", strike + timedelta(days=2 + i),
                      [f"Dockers walked out on 3 May 2024 , report {i} recalls .",
                       "Talks go on ."], strike) for i in range(4)]
    entries = build_timeline([page, *later])
    by_day = {e.start: e for e in entries if e.granularity == "day"}
    assert by_day[strike].importance > by_day[guide].importance
    assert [e.start for e in select_entries(entries, top=1)] == [strike]
    assert by_day[strike].features[FEATURES.index("after")] == 4


def test_importance_is_a_0_to_100_score_of_the_weights() -> None:
    ranker = default_ranker()
    zero, one = importance_scores(numpy.array([[0.0] * len(NAMES), [1.0] * len(NAMES)]), ranker)
    assert zero == pytest.approx(100 / (1 + numpy.exp(-ranker.bias)), abs=1e-3)
    assert 0 < zero < one < 100


def test_the_shipped_ranker_weighs_every_feature_and_leaves_outlets_out() -> None:
    ranker = default_ranker()
    assert set(ranker.weights) == set(NAMES)
    assert all(ranker.weights[n] == 0.0 for n in UNFITTED)
    assert ranker.weights["articles"] > 0 and ranker.weights["after"] > 0
    assert set(FITTED) | set(UNFITTED) == set(NAMES)
    assert ranker.about.get("command", "").startswith("dateline eval tls")


def test_explain_lists_the_biggest_contributions_first() -> None:
    counts = (5, 4, 0, 12, 1, 2, 7, 1)
    inputs = [1.0, 1.0, 0.0, 1.0, 0.5, 1.0, 1.0, 1.0, 0.2]
    parts = explain(counts, inputs)
    assert [p[0] for p in parts][:1] == [max(
        NAMES, key=lambda n: abs(default_ranker().weights[n] * inputs[NAMES.index(n)]))]
    assert dict((n, v) for n, v, _ in parts)["articles"] == 5


def test_logistic_fit_finds_the_feature_that_separates() -> None:
    rng = numpy.random.default_rng(3)
    x = rng.random((200, 2))
    y = (x[:, 0] > 0.5).astype(float)
    weights, _ = logistic(x, y, l2=1.0)
    assert weights[0] > 5 and abs(weights[1]) < 1


def _tls_topic(root, name: str, days: list[str]) -> None:
    """A Timeline17-shaped topic folder: articles looking back to ``days[0]``, a timeline."""
    import json

    folder = root / name
    folder.mkdir()
    articles = [{"id": f"{name}-{i}", "dct": day, "text":
                 f"Dockers walked out at Port Valmora on {days[0]} . Talks resumed on {day} ."}
                for i, day in enumerate(days)]
    (folder / "articles.json").write_text(json.dumps(articles))
    (folder / "ref.txt.timeline.json").write_text(json.dumps(
        [{"date": days[0], "text": "Dockers walk out ."},
         {"date": days[-1], "text": "Talks resume ."}]))


def test_cross_validation_leaves_whole_stories_out(tmp_path) -> None:
    from summarize.evaluate import ranker_fit

    _tls_topic(tmp_path, "strike_harbourwire", ["2024-05-01", "2024-05-02", "2024-05-04"])
    _tls_topic(tmp_path, "strike_ledger", ["2024-05-01", "2024-05-03", "2024-05-04"])
    _tls_topic(tmp_path, "siege_courier", ["2024-06-01", "2024-06-02", "2024-06-05"])
    samples = ranker_fit.collect(tmp_path)
    assert [s.story for s in samples] == ["siege", "strike", "strike"]
    report, rankers = ranker_fit.cross_validate(samples)
    assert sorted(rankers) == ["siege", "strike"] and len(report.rows) == 3
    # the strike timelines were scored by a ranker fitted on the siege alone, and vice versa
    fitted = ranker_fit.fit_ranker([s for s in samples if s.story == "siege"])
    assert rankers["strike"].weights == fitted.weights
    with pytest.raises(ranker_fit.TooFewStories):
        ranker_fit.cross_validate([s for s in samples if s.story == "strike"])


def test_a_fitted_ranker_round_trips_through_its_file(tmp_path) -> None:
    from summarize.evaluate import ranker_fit
    from summarize.importance import read_ranker

    _tls_topic(tmp_path, "strike_harbourwire", ["2024-05-01", "2024-05-02", "2024-05-04"])
    ranker = ranker_fit.final_ranker(ranker_fit.collect(tmp_path), tmp_path)
    ranker_fit.write_ranker(ranker, tmp_path / "ranker.json")
    again = read_ranker(tmp_path / "ranker.json")
    assert again.weights == ranker.weights and again.bias == ranker.bias
    assert again.about["command"].startswith("dateline eval tls") and again.about["timelines"] == 1


def test_months_of_any_length_are_each_others_neighbours() -> None:
    from summarize.timeline import TimelineEntry, ranker_inputs

    def month(first: date, end: date, articles: int) -> TimelineEntry:
        return TimelineEntry(first.strftime("%Y-%m"), "month", first, end, (), 0.0,
                             features=(articles, 0, 0, 0, 0, 0, 0, 0))

    months = [month(date(2024, 1, 1), date(2024, 2, 1), 1),
              month(date(2024, 2, 1), date(2024, 3, 1), 9),   # 29 days
              month(date(2024, 3, 1), date(2024, 4, 1), 1)]
    burst = ranker_inputs(months)[:, NAMES.index("burst")]
    assert burst[1] == pytest.approx(1.0) and burst[0] < 0 and burst[2] < 0

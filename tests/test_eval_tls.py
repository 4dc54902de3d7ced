"""TLS evaluation: date F1, concat / align+ m:1 ROUGE, Timeline17 loading and the driver.

Every expected number below was worked out by hand (stop words: the SMART list; stems: Porter).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from summarize.evaluate.rouge_align import (
    PRF,
    align_dates,
    align_rouge,
    approx_rouge1,
    concat_rouge,
    date_prf,
    rouge_tokens,
)
from summarize.evaluate.tls import (
    ReferenceTimeline,
    Setting,
    TlsDataError,
    TlsScores,
    evaluate_timeline,
    load_reference_timeline,
    load_tls_dataset,
    mean_scores,
    run_tls_eval,
    timeline_setting,
)
from summarize.sentences import split_sentences

MINI = Path(__file__).parent / "fixtures" / "tls" / "mini"


def d(day: int, month: int = 1) -> date:
    return date(2010, month, day)


def close(score: PRF, precision: float, recall: float, f1: float) -> bool:
    return (score.precision, score.recall, score.f1) == pytest.approx((precision, recall, f1))


# --- tokens -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # "into", "the" are SMART stop words; plural -s stemmed; short tokens left alone.
        ("BP pumps cement into the wells .", ["bp", "pump", "cement", "well"]),
        # PTB quotes and punctuation vanish; "n't" splits into the stop words "n" and "t".
        ("`` It does n't leak , '' says Allen", ["leak", "allen"]),
        ("Oil-covered pelicans", ["oil", "cover", "pelican"]),
        ("the of and", []),
    ],
)
def test_rouge_tokens(text: str, tokens: list[str]) -> None:
    assert rouge_tokens(text) == tokens


# --- date F1 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "ref", "expected"),
    [
        ([d(1), d(2)], [d(1), d(2)], (1.0, 1.0, 1.0)),
        ([d(1), d(2)], [d(3), d(4)], (0.0, 0.0, 0.0)),
        ([d(1), d(2), d(3)], [d(2), d(3), d(4), d(5)], (2 / 3, 2 / 4, 4 / 7)),
        ([], [d(1)], (0.0, 0.0, 0.0)),
    ],
)
def test_date_prf(pred: list[date], ref: list[date], expected: tuple[float, float, float]) -> None:
    assert close(date_prf(pred, ref), *expected)


# --- concat ROUGE -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "ref", "r1", "r2"),
    [
        # oil leak spread vs oil spill spread fast: 2 unigram hits, no bigram hit.
        ({d(1): ["oil leak spreads"]}, {d(1): ["oil spill spreads fast"]},
         (2 / 3, 2 / 4, 4 / 7), (0.0, 0.0, 0.0)),
        # Dates are concatenated in date order, so bigrams run across days:
        # pred "oil | spill spread" -> (oil spill), (spill spread); ref has 3 bigrams.
        ({d(2): ["spill spreads"], d(1): ["oil"]}, {d(5): ["oil spill spreads fast"]},
         (1.0, 3 / 4, 6 / 7), (1.0, 2 / 3, 0.8)),
        # Only stop words predicted: empty denominators give 0, never a crash.
        ({d(1): ["the of it"]}, {d(1): ["oil spill"]}, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
    ],
)
def test_concat_rouge(pred, ref, r1, r2) -> None:
    got1, got2 = concat_rouge(pred, ref, (1, 2))
    assert close(got1, *r1)
    assert close(got2, *r2)


# --- align+ m:1 ROUGE ---------------------------------------------------------------------


def test_approx_rouge1_uses_raw_whitespace_tokens() -> None:
    # tilse's alignment similarity: no lower-casing, no stemming; "Oil" != "oil".
    assert approx_rouge1(["Oil spill"], ["oil spill"]) == pytest.approx(0.5)
    assert approx_rouge1(["oil spill"], ["oil spill"]) == pytest.approx(1.0)
    assert approx_rouge1([], ["oil"]) == 0.0


@pytest.mark.parametrize(
    ("pred", "ref", "r1", "r2"),
    [
        # One day off, identical text: every hit weighted 1/(1+1).
        ({d(2): ["oil spill spreads"]}, {d(1): ["oil spill spreads"]},
         (0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
        # Many-to-one: both predicted days align to the one reference day.
        # P = (1*2 + 1/2*2) / 4, R = 1*2 / 2.
        ({d(1): ["oil spill"], d(2): ["oil spill"]}, {d(1): ["oil spill"]},
         (3 / 4, 1.0, 6 / 7), (3 / 4, 1.0, 6 / 7)),
        # Content decides between equally distant days: Jan 3 goes to Jan 5 (same text,
        # cost 0) not Jan 1 (cost 2/3). P = 1/3*2/2; R = (0 + 1/3*2) / 4.
        ({d(3): ["oil spill"]}, {d(1): ["volcano erupts"], d(5): ["oil spill"]},
         (1 / 3, 1 / 6, 2 / 9), (1 / 3, 1 / 6, 2 / 9)),
        # No prediction at all.
        ({}, {d(1): ["oil spill"]}, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
    ],
)
def test_align_rouge(pred, ref, r1, r2) -> None:
    got1, got2 = align_rouge(pred, ref, (1, 2))
    assert close(got1, *r1)
    assert close(got2, *r2)


def test_align_dates_many_to_one_both_ways() -> None:
    pred = {d(1): ["oil spill"], d(2): ["oil spill"], d(9): ["volcano erupts"]}
    ref = {d(1): ["oil spill"], d(8): ["volcano erupts"]}
    to_ref, to_pred = align_dates(pred, ref)
    assert to_ref == {d(1): d(1), d(2): d(1), d(9): d(8)}
    assert to_pred == {d(1): d(1), d(8): d(9)}


def test_identical_timelines_score_one_everywhere() -> None:
    ref = ReferenceTimeline("r", {
        d(1): ["BP pumps cement into the well .", "The leak slows ."],
        d(4): ["Engineers cap the well ."],
        d(20, 2): ["The spill is declared over ."],
    })
    scores = evaluate_timeline(ref.dates, ref)
    for name, prf in scores.to_dict().items():
        assert prf == pytest.approx({"precision": 1.0, "recall": 1.0, "f1": 1.0}), name


# --- averaging ----------------------------------------------------------------------------


def test_mean_scores_is_f1_of_mean_precision_and_recall() -> None:
    only_p, only_r = PRF(1.0, 0.0, 0.0), PRF(0.0, 1.0, 0.0)
    a = TlsScores(only_p, only_p, only_p, only_p, only_p)
    b = TlsScores(only_r, only_r, only_r, only_r, only_r)
    # news-tls: mean P = 0.5, mean R = 0.5, F = 0.5 (the mean of the F1s would be 0).
    assert close(mean_scores([a, b]).align_r1, 0.5, 0.5, 0.5)
    assert mean_scores([]).date_f1 == PRF(0.0, 0.0, 0.0)


# --- loading and settings -----------------------------------------------------------------


def test_load_fixture_dataset() -> None:
    topics = load_tls_dataset(MINI)
    # "notes" has no articles.json, so it is not a topic.
    assert [t.name for t in topics] == ["flood_paper", "quake_wire"]
    quake = topics[1]
    assert quake.articles_path == MINI / "quake_wire" / "articles.json"
    assert [tl.name for tl in quake.timelines] == ["desk.txt", "wire.txt"]
    wire = quake.timelines[1]
    # Two entries for 2011-03-01 are grouped, in file order; dates come out sorted.
    assert list(wire.dates) == [date(2011, 3, 1), date(2011, 3, 2), date(2011, 3, 4)]
    assert wire.dates[date(2011, 3, 1)] == [
        "A strong quake hits the city .",
        "Buildings collapse downtown .",
        "Power is cut across the region .",
    ]


@pytest.mark.parametrize(
    ("topic", "timeline", "expected"),
    [
        # sentences per date 3, 1, 2 -> mean 2
        ("quake_wire", "wire.txt", Setting(date(2011, 3, 1), date(2011, 3, 4), 3, 2)),
        # 2 and 3 -> mean 2.5 -> Python's round (as news-tls) gives 2
        ("quake_wire", "desk.txt", Setting(date(2011, 3, 1), date(2011, 3, 3), 2, 2)),
        ("flood_paper", "paper.txt", Setting(date(2012, 6, 10), date(2012, 6, 12), 2, 1)),
    ],
)
def test_timeline_setting(topic: str, timeline: str, expected: Setting) -> None:
    ref = load_reference_timeline(MINI / topic / f"{timeline}.timeline.json")
    assert timeline_setting(ref) == expected


def test_setting_asks_for_at_least_one_sentence() -> None:
    ref = ReferenceTimeline("r", {d(1): [], d(2): [], d(3): ["One ."]})
    assert timeline_setting(ref).n_sentences == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "non-empty list"),
        ('[{"date": "2010-13-45", "text": "x ."}]', "bad date"),
        ('[{"date": "2010-01-01"}]', "entry 0"),
    ],
)
def test_bad_timeline_file_is_a_specific_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "articles.json").write_text("[]")
    (tmp_path / "x.timeline.json").write_text(content)
    with pytest.raises(TlsDataError, match=message):
        load_tls_dataset(tmp_path)


def test_missing_or_empty_dataset_folder(tmp_path: Path) -> None:
    with pytest.raises(TlsDataError, match="no such dataset folder"):
        load_tls_dataset(tmp_path / "missing")
    with pytest.raises(TlsDataError, match="no topic folder"):
        load_tls_dataset(tmp_path)


def test_a_topic_folder_alone_is_one_topic() -> None:
    topics = load_tls_dataset(MINI / "flood_paper")
    assert [t.name for t in topics] == ["flood_paper"]


# Per-folder date counts and spans, counted from the *.timeline.json files.
T17_DATES = {
    "H1N1_bbc": (7, "2009-04-27", "2009-05-04"),
    "H1N1_guardian": (12, "2009-03-18", "2009-04-29"),
    "H1N1_reuters": (15, "2009-04-04", "2009-05-04"),
    "MJ_bbc": (37, "2009-06-25", "2011-11-29"),
    "bpoil_bbc": (48, "2010-04-20", "2010-09-19"),
    "bpoil_foxnews": (13, "2010-04-20", "2010-05-02"),
    "bpoil_guardian": (102, "2010-04-20", "2011-01-06"),
    "bpoil_reuters": (16, "2010-04-20", "2012-11-15"),
    "bpoil_washingtonpost": (12, "2010-04-20", "2010-10-15"),
    "haiti_bbc": (11, "2010-01-12", "2010-01-23"),
}


def test_load_real_timeline17(t17: Path) -> None:
    topics = load_tls_dataset(t17)
    assert sorted(t.name for t in topics) == sorted(T17_DATES)
    for topic in topics:
        assert len(topic.timelines) == 1, topic.name
        n_dates, first, last = T17_DATES[topic.name]
        setting = timeline_setting(topic.timelines[0])
        assert (setting.n_dates, setting.first.isoformat(), setting.last.isoformat()) == (
            n_dates, first, last), topic.name
        assert setting.n_sentences >= 1


# --- the driver, with a trivial baseline --------------------------------------------------


def _published(article: dict) -> date:
    return date.fromisoformat(article["dct"][:10])


def busiest_days_baseline(articles_path: Path, setting: Setting) -> dict[date, list[str]]:
    """The N days with most articles in the window; per day the first K sentences."""
    articles = [a for a in json.loads(articles_path.read_text())
                if setting.first <= _published(a) <= setting.last]
    counts = Counter(_published(a) for a in articles)
    days = sorted(counts, key=lambda day: (-counts[day], day))[: setting.n_dates]
    out = {}
    for day in days:
        sentences = [s.text for a in articles if _published(a) == day
                     for s in split_sentences(a["text"])]
        out[day] = sentences[: setting.n_sentences]
    return out


def test_run_on_fixture_with_baseline() -> None:
    report = run_tls_eval(MINI, busiest_days_baseline)
    rows = {(r.topic, r.timeline): r for r in report.rows}
    assert list(rows) == [("flood_paper", "paper.txt"), ("quake_wire", "desk.txt"),
                          ("quake_wire", "wire.txt")]
    # flood: the two articles' first sentences are exactly the reference.
    flood = rows[("flood_paper", "paper.txt")].scores
    assert all(v["f1"] == pytest.approx(1.0) for v in flood.to_dict().values())
    # wire: the window's publication days are exactly its three dates.
    assert close(rows[("quake_wire", "wire.txt")].scores.date_f1, 1.0, 1.0, 1.0)
    # desk: predicted Mar 1 (= reference) and Mar 2 ("Rescuers reach the old town ." /
    # "Aid arrives by air ."), reference Mar 1 and Mar 3 (see the module docstring's formulas):
    desk = rows[("quake_wire", "desk.txt")]
    assert desk.predicted_dates == 2
    assert close(desk.scores.date_f1, 0.5, 0.5, 0.5)
    # 7 + 4 unigram hits of 13 predicted / 15 reference; 6 + 2 bigram hits of 12 / 14.
    assert close(desk.scores.concat_r1, 11 / 13, 11 / 15, 11 / 14)
    assert close(desk.scores.concat_r2, 8 / 12, 8 / 14, 8 / 13)
    # Mar 2 aligns with Mar 3 both ways (cost 1/6 < 4/11 and 1/2), weight 1/2.
    assert close(desk.scores.align_r1, 9 / 13, 9 / 15, 9 / 14)
    assert close(desk.scores.align_r2, 7 / 11, 7 / 13, 7 / 12)
    assert close(report.mean.date_f1, 5 / 6, 5 / 6, 5 / 6)


def test_report_json_and_table() -> None:
    report = run_tls_eval(MINI, busiest_days_baseline)
    data = json.loads(report.to_json())
    assert len(data["timelines"]) == 3
    assert data["timelines"][1]["setting"] == {
        "first": "2011-03-01", "last": "2011-03-03", "n_dates": 2, "n_sentences": 2}
    assert data["mean"]["date_f1"]["f1"] == pytest.approx(5 / 6)
    console = Console(width=160, record=True)
    console.print(report.to_table())
    text = console.export_text()
    assert "desk.txt" in text and "mean" in text and "0.833" in text


def test_driver_passes_each_setting_to_produce() -> None:
    seen: list[tuple[str, Setting]] = []

    def produce(path: Path, setting: Setting) -> dict[date, list[str]]:
        seen.append((path.parent.name, setting))
        return {}

    report = run_tls_eval(MINI, produce)
    assert [name for name, _ in seen] == ["flood_paper", "quake_wire", "quake_wire"]
    assert seen[0][1] == Setting(date(2012, 6, 10), date(2012, 6, 12), 2, 1)
    assert report.mean.align_r1 == PRF(0.0, 0.0, 0.0)


def test_real_timeline17_end_to_end(t17: Path) -> None:
    # The reference itself scores 1 everywhere; the baseline lands in a sane, lower band.
    for topic in load_tls_dataset(t17):
        ref = topic.timelines[0]
        assert evaluate_timeline(ref.dates, ref).align_r2.f1 == pytest.approx(1.0), topic.name
    mean = run_tls_eval(t17, busiest_days_baseline).mean
    assert 0.02 < mean.align_r1.f1 < 0.3
    assert 0.0 < mean.align_r2.f1 < mean.align_r1.f1 < mean.concat_r1.f1
    assert 0.2 < mean.date_f1.f1 < 1.0

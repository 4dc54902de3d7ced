"""Extractive summarizers: counts, determinism, edge cases, centrality, no NLTK data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from summarize import summarizers
from summarize.summarizers import (
    SUMMARIZERS,
    TOKENIZER,
    SummaryInput,
    UnknownSummarizerError,
    available_summarizers,
    bonus_words,
    prefilter,
    rank_by_centrality,
    summarize_candidates,
)
from summarize.summary import (
    summarize_entries,
    summarize_entry,
    topic_profile,
    topic_relevance,
)
from summarize.timeline import DatedSentence, TimelineEntry

ROOT = Path(__file__).resolve().parent.parent
METHODS = ["lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson"]

# Two topics. Index 3 (the ash cloud) shares two or three content words with each of the
# other volcano sentences (1, 2, 4), which share none with one another: a star around 3.
# The wheat pair (0, 5) shares three words with each other and none with the volcano ones.
TWO_TOPICS = [
    "Wheat prices rose on drought fears.",
    "Ash covered farms beside the glacier.",
    "Airlines cancelled hundreds of services.",
    "Ash from the glacier forced airlines to cancel services at airports across Europe.",
    "Airports in Europe stayed shut.",
    "Drought fears lifted wheat futures.",
]
CENTRAL = 3

EDGE_CASES = {
    "empty": [],
    "one": ["The volcano erupted on Saturday."],
    "identical": ["The volcano erupted."] * 4,
    "stop words only": ["It was the one that they had.", "And so it is.", "Of the ones here."],
    "numbers only": ["2009 .", "1,000 , 45", "12.5"],
    "punctuation only": ["...", "--", "?!"],
    "blank": ["", "   ", "\n"],
    "mixed": ["", "The volcano erupted.", "It was.", "The volcano erupted.", "12"],
}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", sorted(EDGE_CASES))
@pytest.mark.parametrize("n", [0, 1, 2, 10])
def test_returns_exactly_min_n_len_valid_indices(method: str, case: str, n: int) -> None:
    texts = EDGE_CASES[case]
    chosen = summarize_candidates(texts, n, method)
    assert len(chosen) == min(n, len(texts))
    assert chosen == sorted(set(chosen))
    assert all(0 <= i < len(texts) for i in chosen)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("n", [1, 2, 3, 6, 9])
def test_two_topic_set_counts_and_determinism(method: str, n: int) -> None:
    first = summarize_candidates(TWO_TOPICS, n, method, title="Ash cloud")
    again = summarize_candidates(TWO_TOPICS, n, method, title="Ash cloud")
    assert first == again
    assert len(first) == min(n, len(TWO_TOPICS))
    assert first == sorted(set(first))


def test_negative_n_gives_nothing() -> None:
    assert summarize_candidates(TWO_TOPICS, -2) == []


def test_lexrank_picks_the_hub_of_the_larger_topic() -> None:
    # The hub has degree 4 (itself + three neighbours) in LexRank's graph, every other
    # sentence degree 2, so it is the most central both after one step and at convergence.
    assert summarize_candidates(TWO_TOPICS, 1, "lexrank") == [CENTRAL]


def test_exact_repeats_are_scored_once() -> None:
    # Two distinct texts and n=2: both distinct ones, not the repeat of the first.
    texts = ["The volcano erupted.", "The volcano erupted.", "Flights were cancelled."]
    assert summarize_candidates(texts, 2, "lexrank") == [0, 2]
    # Asking for everything still returns every index, repeats included.
    assert summarize_candidates(texts, 3, "lexrank") == [0, 1, 2]


def test_centrality_ranks_the_hub_first() -> None:
    # The hub's vector overlaps three others; every other sentence overlaps at most one.
    assert rank_by_centrality(TWO_TOPICS)[0] == CENTRAL


@pytest.mark.parametrize(
    ("k", "expected_len"),
    [(1, 1), (3, 3), (6, 6), (50, 6)],
)
def test_prefilter_keeps_the_central_one_in_order(k: int, expected_len: int) -> None:
    kept = prefilter(TWO_TOPICS, k)
    assert len(kept) == expected_len
    assert CENTRAL in kept
    assert kept == sorted(kept)


def test_prefilter_smaller_than_n_still_fills_the_count() -> None:
    # Only the hub reaches sumy; the second index comes from the centrality ranking.
    chosen = summarize_candidates(TWO_TOPICS, 2, "lexrank", prefilter_k=1)
    assert len(chosen) == 2
    assert CENTRAL in chosen


def test_prefilter_can_be_switched_off() -> None:
    assert summarize_candidates(TWO_TOPICS, 1, "lexrank", prefilter_k=None) == [CENTRAL]


def test_failing_summarizer_falls_back_to_centrality(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_: SummaryInput):
        def run(document, count):
            raise ZeroDivisionError("degenerate")

        return run

    monkeypatch.setitem(SUMMARIZERS, "lexrank", broken)
    assert summarize_candidates(TWO_TOPICS, 1, "lexrank") == [CENTRAL]


def test_unknown_method_is_a_specific_error() -> None:
    with pytest.raises(UnknownSummarizerError, match="lexrank"):
        summarize_candidates(TWO_TOPICS, 1, "gpt")
    assert issubclass(UnknownSummarizerError, ValueError)


def test_available_summarizers_lists_every_method_default_first() -> None:
    names = available_summarizers()
    assert names[0] == "lexrank"
    assert sorted(names) == sorted(METHODS)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The WHO said so.", ("The", "WHO", "said", "so")),
        ("It 's 1,000 people , do n't", ("It", "s", "1,000", "people", "do", "n't")),
        ("Prices rose 3.5% in the U.S.", ("Prices", "rose", "3.5", "in", "the", "U.S.")),
        ("H1N1 state-run “quotes”", ("H1N1", "state", "run", "quotes")),
        ("it’s Europe's", ("it’s", "Europe's")),
        ("-- ... ?!", ()),
    ],
)
def test_tokenizer_words(sentence: str, words: tuple[str, ...]) -> None:
    assert TOKENIZER.to_words(sentence) == words


def test_tokenizer_sentences_use_the_project_splitter() -> None:
    text = "The volcano erupted. Flights were cancelled. Airports shut."
    assert TOKENIZER.to_sentences(text) == (
        "The volcano erupted.",
        "Flights were cancelled.",
        "Airports shut.",
    )


def test_edmundson_bonus_words_start_with_title_content_words() -> None:
    words = bonus_words(SummaryInput(tuple(TWO_TOPICS), "The wheat drought"))
    assert words[:2] == ["wheat", "drought"]  # "the" is a stop word
    assert len(words) == len(set(words))


@pytest.mark.parametrize("method", METHODS)
def test_no_nltk_data_is_touched(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk.data

    def refuse(*args, **kwargs):
        raise AssertionError("NLTK data was looked up")

    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    assert len(summarize_candidates(TWO_TOPICS, 2, method, title="Ash cloud")) == 2
    assert TOKENIZER.to_sentences("One. Two.") == ("One.", "Two.")


_SCRIPT = """
import json, sys
from summarize.summarizers import summarize_candidates
texts = json.loads(sys.argv[1])
out = {m: summarize_candidates(texts, 3, m, title="Ash") for m in json.loads(sys.argv[2])}
out["nltk tokenizers imported"] = "sumy.nlp.tokenizers" in sys.modules
print(json.dumps(out, sort_keys=True))
"""


def test_same_choice_under_different_hash_seeds() -> None:
    texts = [*TWO_TOPICS, *(s.replace(".", " again.") for s in TWO_TOPICS)]
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, json.dumps(texts), json.dumps(METHODS)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        )  # fmt: skip
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0]["nltk tokenizers imported"] is False


def test_module_exposes_no_random_summarizer() -> None:
    assert "random" not in summarizers.SUMMARIZERS


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("FastLexRankSummarizer", "sumy.summarizers.lex_rank:LexRankSummarizer"),
        ("BoundedKLSummarizer", "sumy.summarizers.kl:KLSummarizer"),
        ("SortedLsaSummarizer", "sumy.summarizers.lsa:LsaSummarizer"),
        ("SetLuhnSummarizer", "sumy.summarizers.luhn:LuhnSummarizer"),
    ],
)
@pytest.mark.parametrize("count", [1, 3])
def test_speedups_choose_what_sumy_chooses(ours: str, theirs: str, count: int) -> None:
    import importlib

    module, name = theirs.split(":")
    texts = [*TWO_TOPICS, "Wheat farmers feared the drought.", "Europe reopened airports."]
    document = summarizers.build_document(texts)
    picks = []
    for cls in (getattr(summarizers, ours), getattr(importlib.import_module(module), name)):
        summarizer = cls(summarizers.STEMMER)
        summarizer.stop_words = summarizers.STOP_WORDS
        picks.append([str(s) for s in summarizer(document, count)])
    assert picks[0] == picks[1]
    assert len(picks[0]) == count


# --- priors: blending a per-candidate score (e.g. topic relevance) into any method ------------

INF = float("inf")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], []),
        ([2.0, 4.0, 6.0], [0.0, 0.5, 1.0]),  # min-max
        ([3.0, 3.0], [1.0, 1.0]),  # all equal: all best
        ([-INF, -1.0, 0.0], [0.0, 0.5, 1.0]),  # an infinity: by rank, 2 steps
        ([-INF, -INF, 0.0], [0.0, 0.0, 1.0]),  # ties share the lower rank
    ],
)
def test_unit_scores(values: list[float], expected: list[float]) -> None:
    assert summarizers.unit_scores(values) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        (0.0, [0.0, 1.0]),
        (0.5, [0.5, 0.75]),  # ratings -> [0, 1]; prior [2, 1] -> [1, 0.5]
        (1.0, [1.0, 0.5]),
    ],
)
def test_blend(weight: float, expected: list[float]) -> None:
    assert summarizers.blend([0.0, 1.0], [2.0, 1.0], weight) == pytest.approx(expected)


def test_blend_with_an_all_zero_prior_keeps_the_method_order() -> None:
    assert summarizers.blend([1.0, 3.0], [0.0, 0.0], 0.3) == pytest.approx([0.0, 0.7])


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", sorted(EDGE_CASES))
@pytest.mark.parametrize("n", [0, 1, 2, 10])
def test_prior_keeps_the_count_contract(method: str, case: str, n: int) -> None:
    texts = EDGE_CASES[case]
    chosen = summarize_candidates(texts, n, method, prior=[1.0] * len(texts))
    assert len(chosen) == min(n, len(texts))
    assert chosen == sorted(set(chosen))


def test_prior_lifts_a_candidate_among_equals() -> None:
    # LexRank: the hub is best and the five others tie below it, so with n=2 the prior decides
    # the second pick (0.7 * tie + 0.3 for index 5, 0.7 * tie for the rest).
    plain = summarize_candidates(TWO_TOPICS, 2, "lexrank")
    assert CENTRAL in plain and 5 not in plain
    prior = [0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    assert summarize_candidates(TWO_TOPICS, 2, "lexrank", prior=prior) == [CENTRAL, 5]


def test_full_weight_prior_decides_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summarizers, "PRIOR_WEIGHT", 1.0)
    prior = [0.9, 0.0, 0.0, 0.1, 0.0, 0.5]
    assert summarize_candidates(TWO_TOPICS, 2, "lexrank", prior=prior) == [0, 5]


def test_prior_of_the_wrong_length_is_a_specific_error() -> None:
    with pytest.raises(ValueError, match="prior has 2 scores for 6 texts"):
        summarize_candidates(TWO_TOPICS, 1, prior=[1.0, 2.0])


# --- topic profile: per-date summaries lean towards what the whole story is about ------------

DAY = date(2010, 4, 20)


def _entry(day: date, *texts: str) -> TimelineEntry:
    sentences = tuple(DatedSentence("a", i, 0, len(t), t, "wire", day, "mention")
                      for i, t in enumerate(texts))
    return TimelineEntry(day.isoformat(), "day", day, day, sentences)


VOLCANO = _entry(date(2010, 4, 15),
                 "The volcano under the glacier erupted again and ash closed airports.",
                 "Ash from the volcano grounded flights across northern Europe for days.")
# Three candidates sharing no content word: LexRank rates them all alike.
MIXED = _entry(DAY,
               "The local football club signed a striker from a rival team yesterday.",
               "A baker in the village shared her recipe for rye bread with readers.",
               "Scientists said the volcano kept throwing ash over the glacier and airports.")


def test_topic_relevance_is_cosine_with_the_story() -> None:
    profile = topic_profile([VOLCANO])
    football, bread, volcano = topic_relevance(profile, [s.text for s in MIXED.sentences])
    assert football == 0.0 and bread == 0.0  # no word in common with the story
    assert 0.0 < volcano <= 1.0
    assert topic_relevance(profile, [VOLCANO.sentences[0].text])[0] > volcano


def test_entries_summarised_towards_the_story() -> None:
    # Alone, the tie goes to the first candidate; against a volcano story, to the volcano one.
    assert [s.sentence for s in summarize_entry(MIXED, sentences=1)] == [0]
    summaries = summarize_entries([MIXED], sentences=1, background=[VOLCANO, MIXED])
    assert [[s.sentence for s in summary] for summary in summaries] == [[2]]


def test_entries_default_to_their_own_story() -> None:
    summaries = summarize_entries([VOLCANO, MIXED], sentences=1)
    assert len(summaries) == 2 and [s.sentence for s in summaries[1]] == [2]

"""Extractive summarizers: counts, determinism, edge cases, centrality, no NLTK data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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

"""bench/bench_tagging.py: every timed pass is fresh text to the tagger (the bench itself is not
a test)."""
from __future__ import annotations

import importlib
from datetime import date

import pytest

from tests.bench_modules import import_bench


@pytest.fixture(scope="module")
def bench():
    return import_bench("bench_tagging")


def test_a_repeated_article_is_read_afresh_each_time(bench, monkeypatch):
    # the sample's five passes had hit the memo of recurring pieces from the third pass on,
    # reporting about twice the throughput (and ratio to search_dates) of fresh text
    pieces = importlib.import_module("summarize.temporal.piece_candidates")
    calls: list[str] = []
    recognise = pieces.recognise
    monkeypatch.setattr(pieces, "recognise", lambda text: calls.append(text) or recognise(text))
    article = bench.NewsArticle("a/1", "Talks resume on Monday. Nothing else.", date(2025, 3, 20))
    other = bench.NewsArticle("a/2", "Rain fell on Friday.", date(2025, 3, 20))
    run = bench.time_tagger(bench.dateline_tag, [article, other] * 3)
    assert run.found == 6
    assert calls.count("Talks resume on Monday.") == 3 and calls.count("Rain fell on Friday.") == 3
    calls.clear()
    bench.time_tagger(bench.dateline_tag, [article])  # a new pass starts fresh too
    assert calls.count("Talks resume on Monday.") == 1



def test_the_report_without_the_long_case_still_counts_dateline(bench):
    # with --long-mb 0 the report said "dateline was not measured" beside dateline's figures
    import argparse

    dateline = bench.Run(2_000_000, 2.0, 2.1, 5000)
    sample = bench.mean_run([bench.Run(200_000, 0.2, 0.2, 700), bench.Run(200_000, 0.3, 0.3, 700)])
    dateparser = bench.Run(200_000, 4.0, 4.0, 770)
    assert (sample.size, sample.cpu, sample.found) == (200_000, 0.25, 700)
    text = bench.report(argparse.Namespace(data="t17"), "pinned", [], [],
                        {"dateparser": (0.2, 0.2)}, dateline, sample, dateparser)
    assert "not measured" not in text
    assert "| dateline / dateparser, same sample | 16.0x | >= 20x | **no** |" in text
    assert "dateline found 5,000 expressions" in text

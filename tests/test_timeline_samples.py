"""The timeline of the bundled samples: dates, placements and summaries checked by hand.

Each expectation below was worked out from the article text and samples/ANSWERS.md (strike
day 1 = Mon 22 April 2024, siege day 1 = Mon 29 April 2024), not copied from dateline's output.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from summarize.corpus import load_corpus
from summarize.summarizers import available_summarizers
from summarize.summary import summarize_entry
from summarize.timeline import TimelineEntry


@pytest.fixture(scope="module")
def timeline(request) -> dict[str, TimelineEntry]:
    samples = request.config.rootpath / "samples"
    return {e.key: e for e in load_corpus([str(samples)]).timeline()}


def placed(entry: TimelineEntry, start_of_sentence: str):
    """The filed sentence that begins with ``start_of_sentence``."""
    found = [s for s in entry.sentences if s.text.startswith(start_of_sentence)]
    assert found, f"{start_of_sentence!r} is not filed under {entry.key}"
    return found[0]


@pytest.mark.parametrize(
    ("day", "sentence", "article", "rule", "reported"),
    [
        # Published Sat 4 May: "yesterday, Friday" is Fri 3 May.
        ("2024-05-03", "Several thousand dockers marched through the town centre yesterday",
         "valmora-dockers-stay-out", "mention", date(2024, 5, 4)),
        # Published Sat 4 May: "yesterday (Friday)".
        ("2024-05-03", "Town officials said the plant was struck by artillery yesterday",
         "rk-2024-0504-orvessa-water", "mention", date(2024, 5, 4)),
        # "the fifth day of the siege": 29 April + 4 days; the quote after it continues.
        ("2024-05-03", "It is the fifth day of the siege", "aid-convoy-turned-back", "mention",
         date(2024, 5, 3)),
        ("2024-05-03", "“We are not asking for politics", "aid-convoy-turned-back", "continues",
         date(2024, 5, 3)),
        # No time expression, new paragraph: what the Fri 3 May bulletin reported.
        ("2024-05-03", "Police estimated the crowd at about 4,000", "rk-2024-0503-dockers-march",
         "reported", date(2024, 5, 3)),
        # Published Fri 10 May (feed date): "on Thursday afternoon" is Thu 9 May.
        ("2024-05-09", "The breakthrough came on Thursday afternoon", "hw-valmora-deal-0510",
         "mention", date(2024, 5, 10)),
        # Published Wed 8 May, future tense: the next Thursday, 9 May.
        ("2024-05-09", "Kessler said the two sides would meet again on Thursday",
         "nl-valmora-talks-stall", "mention", date(2024, 5, 8)),
        ("2024-04-22", "The strike began on Monday, April 22", "valmora-dockers-stay-out",
         "mention", date(2024, 5, 4)),
    ],
)
def test_sentences_are_filed_under_the_day_they_are_about(timeline, day, sentence, article,
                                                          rule, reported):
    filed = placed(timeline[day], sentence)
    assert (filed.article_id, filed.rule, filed.reported) == (article, rule, reported)


def test_coarse_mentions_get_coarse_entries_only(timeline):
    march = timeline["2024-03"]
    assert march.is_coarse and march.label == "March 2024"
    text = placed(march, "The dockers' previous contract expired late last year").text
    # That sentence names only a month and a year: no day entry holds it.
    assert not any(s.text == text for e in timeline.values() if not e.is_coarse
                   for s in e.sentences)
    assert placed(timeline["2023"], "The dockers' previous contract").rule == "mention"


def test_undated_articles_land_on_their_inferred_day(timeline):
    # picket-line-gate-4 has no date; "the 14th day of the strike" makes it Sun 5 May.
    filed = placed(timeline["2024-05-04"], "Yesterday's rota had 86 names on it.")
    assert filed.reported == date(2024, 5, 5) and filed.uncertain


@pytest.mark.parametrize("method", available_summarizers())
def test_every_summarizer_gives_the_requested_sentences_from_the_date(timeline, method):
    friday = timeline["2024-05-03"]
    summary = summarize_entry(friday, sentences=3, method=method)
    assert len(summary) == 3
    assert all(s in friday.sentences for s in summary)
    assert summary == sorted(summary, key=lambda s: (s.reported, s.article_id, s.sentence))


def test_wire_copy_collapses_with_every_source(tmp_path, request):
    samples = request.config.rootpath / "samples"
    original = samples / "harbour-wire" / "valmora-dockers-stay-out.txt"
    shutil.copy(original, tmp_path / "a.txt")
    copy = original.read_text(encoding="utf-8").replace("(Harbour Wire)", "(Radio Kelvan)")
    (tmp_path / "b.txt").write_text(copy, encoding="utf-8")
    friday = {e.key: e for e in load_corpus([str(tmp_path)]).timeline()}["2024-05-03"]
    march = placed(friday, "Several thousand dockers marched through the town centre")
    assert march.sources == ("Harbour Wire", "Radio Kelvan")
    assert sum(s.text == march.text for s in friday.sentences) == 1

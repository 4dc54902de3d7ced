"""The Markdown briefing, the JSON export and its schema, and atomic writes (hand-made corpus)."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import jsonschema
import pytest

from summarize.corpus import Corpus
from summarize.export import BriefingOptions, build_briefing, render_json, render_markdown
from summarize.export.atomic import write_atomic
from summarize.models import Article, Mention, TaggedArticle
from summarize.sentences import split_sentences

SCHEMA = json.loads((Path(__file__).resolve().parent.parent
                     / "summarize/export/schema.json").read_text())


def _mention(body: str, text: str, article: str, day: date) -> Mention:
    at = body.index(text)
    index = next(s.index for s in split_sentences(body) if s.start <= at < s.end)
    start = datetime(day.year, day.month, day.day)
    return Mention(article, at, at + len(text), text, index, "DATE", day.isoformat(),
                   (start, datetime(day.year, day.month, day.day + 1)), "day", "dct",
                   "2024-05-04", "test", f"'{text}' = {day} (by hand)")


def _article(aid: str, source: str, body: str, dct: date | None, marks: dict[str, date],
             dct_source: str = "metadata") -> TaggedArticle:
    art = Article(aid, f"Title {aid}", body, source=source)
    mentions = tuple(_mention(body, t, aid, d) for t, d in marks.items())
    evidence = ("'Today, Saturday' makes it a Saturday",) if dct_source == "inferred" else ()
    return TaggedArticle(art, tuple(split_sentences(body, aid)), mentions, dct, dct_source,
                         0.7 if dct_source == "inferred" else 1.0, evidence)


FRI, SAT = date(2024, 5, 3), date(2024, 5, 4)
CORPUS = Corpus([
    _article("hw-1", "Harbour Wire",
             "Dock workers walked out yesterday at Port Valmora. Cranes stood idle.\n\n"
             "The union said talks would resume.", SAT, {"yesterday": FRI}),
    _article("rk-1", "Radio Kelvan",
             "Today, Saturday, the port is still closed. On Friday dock workers walked out.",
             SAT, {"Today": SAT, "On Friday": FRI}, dct_source="inferred"),
])


def test_markdown_has_title_corpus_line_sections_and_appendix():
    md = render_markdown(build_briefing(CORPUS, BriefingOptions(sentences=1)))
    lines = md.splitlines()
    assert lines[0] == "# Timeline briefing"
    assert lines[2] == ("_2 articles from 2 sources (Harbour Wire, Radio Kelvan), "
                        "3 May 2024 – 4 May 2024._")
    headings = [line for line in lines if line.startswith("## ")]
    # Both dates are also named by the article whose date came from metadata: no † mark.
    assert headings == ["## Friday 3 May 2024", "## Saturday 4 May 2024", "## Uncertain items"]
    friday = md.split("## Friday 3 May 2024")[1].split("##")[0]
    bullets = [line for line in friday.splitlines() if line.startswith("- ")]
    assert len(bullets) == 1
    assert "walked out" in bullets[0]
    assert "| Title rk-1 (rk-1) | Sat 04 May 2024 | 70% | 'Today, Saturday' makes it a " \
           "Saturday |" in md


def test_dates_resting_only_on_an_inferred_date_are_marked():
    only_inferred = Corpus([CORPUS.tagged[1]])
    md = render_markdown(build_briefing(only_inferred, BriefingOptions(sentences=1)))
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## Friday 3 May 2024 †", "## Saturday 4 May 2024 †",
                        "## Uncertain items"]
    assert "† every sentence filed here rests on a publication date" in md


def test_summary_respects_length_and_dates_are_chronological():
    briefing = build_briefing(CORPUS, BriefingOptions(sentences=2))
    assert [d.entry.key for d in briefing.dates] == ["2024-05-03", "2024-05-04"]
    friday = briefing.dates[0]
    assert len(friday.summary) == 2
    # Chronological order: both were reported on Saturday, so article id then position.
    assert [(s.article_id, s.sentence) for s in friday.summary] == sorted(
        (s.article_id, s.sentence) for s in friday.summary)
    assert all(s.rule in ("mention", "continues") for s in friday.summary)


def test_json_export_validates_against_its_schema():
    data = json.loads(render_json(build_briefing(CORPUS, BriefingOptions(sentences=1))))
    jsonschema.validate(data, SCHEMA)
    assert [d["date"] for d in data["dates"]] == ["2024-05-03", "2024-05-04"]
    first = data["dates"][0]["summary"][0]
    assert first["mentions"] and first["mentions"][0]["value"] == "2024-05-03"
    assert {a["dct"]["source"] for a in data["articles"]} == {"metadata", "inferred"}


def test_top_and_window_select_dates():
    top = build_briefing(CORPUS, BriefingOptions(top=1))
    assert [d.entry.key for d in top.dates] == ["2024-05-03"]
    later = build_briefing(CORPUS, BriefingOptions(start=SAT))
    assert [d.entry.key for d in later.dates] == ["2024-05-04"]


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("old")
    write_atomic(target, "new briefing\n")
    assert target.read_text() == "new briefing\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_interrupted_export_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_text("the previous briefing\n")

    def crash(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "half of a new one")
    assert target.read_text() == "the previous briefing\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_the_json_export_records_the_window_and_the_cut(tmp_path):
    from summarize.export.json_export import options_json

    opts = BriefingOptions(start=date(2024, 5, 3), end=date(2024, 5, 9), top=4,
                           title="Strike", sources=frozenset({"b", "a"}), query="port")
    assert options_json(opts) == {
        "summarizer": opts.summarizer, "sentences": opts.sentences, "granularity": "day",
        "from": "2024-05-03", "to": "2024-05-09", "top": 4, "title": "Strike",
        "sources": ["a", "b"], "query": "port"}
    assert options_json(BriefingOptions())["from"] is None


def test_export_json_says_which_window_it_holds(tmp_path, capsys):
    from tui.cli import main

    samples = Path(__file__).resolve().parents[1] / "samples"
    out = tmp_path / "b.json"
    assert main(["export", str(samples), "--format", "json", "--no-index", "--from",
                 "2024-05-03", "--to", "2024-05-08", "--top", "2", "-o", str(out)]) == 0
    options = json.loads(out.read_text())["options"]
    assert (options["from"], options["to"], options["top"]) == ("2024-05-03", "2024-05-08", 2)

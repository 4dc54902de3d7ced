"""Scraped pages: reader comments, bylines, captions, share boxes and related lists are cut out
at ingestion and counted; the article's own sentences are never touched.

The pages in ``fixtures/scraped/pages.json`` were written for this project (invented outlets,
people and events, PTB-spaced like scraped corpora): each record lists its own sentences
(``_own``), the furniture mixed in (``_furniture``) and what cleaning should count
(``_removed``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize.ingest import load_paths
from summarize.ingest.outlets import outlet_from_path
from summarize.ingest.scraped import REASONS, clean_scraped

PAGES_FILE = Path(__file__).parent / "fixtures" / "scraped" / "pages.json"
PAGES = json.loads(PAGES_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p["id"] for p in PAGES])
def test_furniture_goes_and_every_own_sentence_stays(page: dict) -> None:
    cleaned = clean_scraped(page["text"])
    assert [s for s in page["_own"] if s not in cleaned.text] == []
    assert [j for j in page["_furniture"] if j in cleaned.text] == []
    assert dict(cleaned.removed) == page["_removed"]
    # what is left is the own sentences, in order, and nothing else
    assert cleaned.text.split() == " ".join(page["_own"]).split()


def test_a_page_without_furniture_is_left_exactly_as_it_was() -> None:
    page = next(p for p in PAGES if p["id"] == "clean-strike-day")
    assert clean_scraped(page["text"]).text == page["text"]
    assert clean_scraped(page["text"]).removed == ()


def test_loaded_articles_count_what_was_removed_and_why() -> None:
    result = load_paths([str(PAGES_FILE)])
    assert result.errors == []
    by_id = {a.id: a for a in result.articles}
    for page in PAGES:
        article = by_id[page["id"]]
        assert dict(article.removed) == page["_removed"]
        assert [r for r, _ in article.removed] == [r for r in REASONS if r in page["_removed"]]
        assert all(s in article.text for s in page["_own"])


def test_comment_thread_in_a_jsonl_record_and_a_text_file(tmp_path: Path) -> None:
    page = next(p for p in PAGES if p["id"] == "thread-signed-reply")
    (tmp_path / "wire.jsonl").write_text(json.dumps({"title": "t", "text": page["text"]}) + "\n",
                                         encoding="utf-8")
    (tmp_path / "page.txt").write_text(page["title"] + "\n\n" + page["text"] + "\n",
                                       encoding="utf-8")
    articles = load_paths([str(tmp_path)]).articles
    assert len(articles) == 2
    for article in articles:
        assert "| Reply" not in article.text and "Is it just me" not in article.text
        assert dict(article.removed) == {"comments": 3}
        assert page["_own"][1] in article.text


def test_a_byline_on_a_line_of_its_own_is_the_header_and_stays() -> None:
    text = "Nia Holm | 18:00 UK time , Wednesday , 8 May 2024\n\nThe first buses left at dawn ."
    assert clean_scraped(text).text == text


def test_a_notice_early_in_the_page_needs_a_comment_after_it() -> None:
    # "12 comments" under the headline is a counter, not the start of a thread
    text = ("Orvessa corridor opens\n12 comments\nThe first buses left on Wednesday .\n"
            "About 300 people reached Hesk by nightfall .\nThe council thanked the drivers .")
    assert clean_scraped(text).text == text


def test_nothing_is_cut_when_nothing_of_the_article_would_be_left() -> None:
    from summarize.ingest.scraped import clean_article
    from summarize.models import Article

    article = Article("a", "", "Tom Bell May 4 , 2024 at 2:20 pm | Reply Is it just me ??")
    assert clean_article(article) == article


@pytest.mark.parametrize(("path", "outlet"), [
    ("data/quake_examplenews/articles.json", "examplenews"),
    ("t17/strike_harbourwire/articles.json#3", "harbourwire"),
    ("news/harbour-wire/articles.jsonl", ""),        # a folder with no "_": says nothing
    ("samples/radio-kelvan/bulletins.jsonl", ""),     # a file named for itself
    ("quake_examplenews/page-one.txt", ""),
])
def test_outlet_from_path(path: str, outlet: str) -> None:
    assert outlet_from_path(path) == outlet


def test_records_without_a_source_take_the_outlet_from_their_folder(tmp_path: Path) -> None:
    folder = tmp_path / "portstrike_examplenews"
    folder.mkdir()
    (folder / "articles.json").write_text(json.dumps([
        {"id": "a", "text": "Dockers walked out on Monday ."},
        {"id": "b", "text": "Talks resumed on Friday .", "source": "Harbour Wire"}]),
        encoding="utf-8")
    sources = {a.id: a.source for a in load_paths([str(folder)]).articles}
    assert sources == {"a": "examplenews", "b": "Harbour Wire"}


def test_the_index_keeps_what_was_removed_and_the_date_features(tmp_path: Path) -> None:
    from summarize.corpus import load_corpus
    from summarize.index import open_index
    from summarize.settings import Settings

    one = Settings(jobs=1)
    fresh = load_corpus([str(PAGES_FILE)], one)
    indexed = open_index([str(PAGES_FILE)], one, index=tmp_path / "pages.sqlite")
    try:
        assert [t.article.removed for t in indexed.tagged] == [t.article.removed
                                                               for t in fresh.tagged]
        assert any(t.article.removed for t in indexed.tagged)
        assert indexed.furniture_removed() == fresh.furniture_removed() == (
            8, {"comments": 14, "byline": 5, "caption": 2, "share": 2, "related": 1,
                "timestamp": 1})
        assert [(e.key, e.features, e.importance) for e in indexed.timeline("day")] == [
            (e.key, e.features, e.importance) for e in fresh.timeline("day")]
    finally:
        indexed.store.close()


def test_dateline_articles_shows_what_was_removed_and_why() -> None:
    import subprocess
    import sys

    def dateline(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                              text=True, cwd=Path(__file__).parent.parent, check=False)

    shown = dateline("articles", str(PAGES_FILE), "--json")
    assert shown.returncode == 0, shown.stderr
    rows = {row["id"]: row for row in json.loads(shown.stdout)}
    for page in PAGES:
        assert rows[page["id"]]["removed"] == page["_removed"]
        assert rows[page["id"]]["removed_lines"] == sum(page["_removed"].values())
    table = dateline("articles", str(PAGES_FILE))
    assert table.returncode == 0, table.stderr
    assert "comments 3" in table.stdout and "caption 2" in table.stdout
    total = sum(sum(p["_removed"].values()) for p in PAGES)
    assert f"{total} lines of page furniture removed from 8 articles" in " ".join(
        table.stdout.split())


@pytest.mark.parametrize("text", [
    # a wire dateline's bare agency is no picture credit
    "\nKELVAN, Calvennia (AP)_ Dock workers walked out on Friday, closing all 18 berths.",
    "KELVAN (Example Wire) Dock workers walked out on Friday , the union said .",
    # a letter's sign-off is no list of headlines
    "The port should reopen.\n\nJANE R. DOE President The Harbour Fund Kelvan\n",
    # a date and a clock time inside a sentence stay
    "The talks ended on 4 May 2024 10:30 local time , officials said .",
])
def test_wire_datelines_sign_offs_and_times_in_sentences_stay(text: str) -> None:
    assert clean_scraped(text).text == text

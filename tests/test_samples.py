"""The bundled sample corpus and its hand-checked answer key (samples/ANSWERS.json) agree.

Part 1 reads the sample files with small independent readers (not dateline's ingestion) and
checks the key against them. Part 2 checks dateline's ingestion against the key.
"""

from __future__ import annotations

import functools
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
import yaml

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KEY = json.loads((SAMPLES / "ANSWERS.json").read_text(encoding="utf-8"))
ARTICLES = KEY["articles"]
STORIES = KEY["stories"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
DAY_COUNT = re.compile(
    r"(?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<word>" + "|".join(ORDINAL_WORDS) + r"))"
    r" day(?: of the (?P<story>strike|siege))?"
    r"|day (?P<num2>\d+) of the (?P<story2>strike|siege)"
)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VALUE_SHAPES = {
    "DATE": re.compile(
        r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|(?:PAST|PRESENT|FUTURE)_REF"
        r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
    ),
    # a time in UTC ends in TIMEX3's designator Z ("10:30 GMT" = T10:30Z)
    "TIME": re.compile(r"\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}Z?|MO|AF|EV|NI)"),
    "DURATION": re.compile(r"P(?:\d+|X)[YMWD]|PT(?:\d+|X)[HMS]"),
    "SET": re.compile(r"XXXX-WXX-[1-7]|P\d*[DWMY]|PT\d+[HM]"),
}
ENTRY_IDS = [f"{a['file']}#{a['record']}" if a["record"] else a["file"] for a in ARTICLES]
EXPRESSIONS = [
    pytest.param(a, e, id=f"{ENTRY_IDS[i]}:{e['text']}#{e['occurrence']}")
    for i, a in enumerate(ARTICLES)
    for e in a["expressions"]
]
NON_DATES = [
    pytest.param(a, n, id=f"{ENTRY_IDS[i]}:{n}")
    for i, a in enumerate(ARTICLES)
    for n in a["non_dates"]
]


# ----------------------------------------------------------------- independent readers

def _strip_tags(markup: str) -> str:
    text = re.sub(r"</p>\s*", "\n\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def _front_matter(path: Path) -> tuple[dict, str]:
    raw = path.read_text(encoding="utf-8")
    _, meta, body = raw.split("---\n", 2)
    return yaml.safe_load(meta), body.strip()


def _json_record(entry: dict) -> dict:
    data = json.loads((SAMPLES / entry["file"]).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        assert entry["record"] is None
        return data
    return next(r for r in data if r["id"] == entry["record"])


def _jsonl_record(entry: dict) -> dict:
    lines = (SAMPLES / entry["file"]).read_text(encoding="utf-8").splitlines()
    return next(r for r in map(json.loads, filter(None, lines)) if r["uid"] == entry["record"])


def _feed_item(entry: dict) -> tuple[str, str]:
    """(content markup, date string) of the RSS item or Atom entry named by the key."""
    root = ET.parse(SAMPLES / entry["file"]).getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    for item in root.iter("item"):
        if item.findtext("guid") == entry["record"]:
            return item.findtext("description") or "", item.findtext("pubDate") or ""
    for item in root.iter(f"{atom}entry"):
        if item.findtext(f"{atom}id") == entry["record"]:
            return item.findtext(f"{atom}content") or "", item.findtext(f"{atom}published") or ""
    raise LookupError(entry["record"])


def article_body(entry: dict) -> str:
    """The article's body text, the text ``occurrence`` counts in (see ANSWERS.md)."""
    path = SAMPLES / entry["file"]
    suffix = path.suffix
    if suffix == ".txt":
        return path.read_text(encoding="utf-8").split("\n", 1)[1].strip()
    if suffix == ".md":
        return _front_matter(path)[1]
    if suffix == ".json":
        record = _json_record(entry)
        return record.get("body") or record["text"]
    if suffix == ".jsonl":
        return _jsonl_record(entry)["text"]
    if suffix in (".rss", ".atom"):
        return _strip_tags(_feed_item(entry)[0])
    if suffix == ".html":
        markup = path.read_text(encoding="utf-8")
        paragraphs = re.findall(r"<p>(.*?)</p>", markup.split("<article", 1)[1], re.S)
        return _strip_tags("</p>".join(paragraphs) + "</p>")
    raise ValueError(suffix)


_HEADER_DATE = re.compile(
    r"^[A-Z][A-Z ]+, (?:[A-Z][a-z]+day )?(\d{1,2}) (January|February|March|April|May|June|"
    r"July|August|September|October|November|December) (\d{4})", re.M
)


def metadata_date(entry: dict) -> date | None:
    """The publication date the file's own metadata states, read without dateline's code."""
    path = SAMPLES / entry["file"]
    suffix = path.suffix
    stamp: str | date | None = None
    if suffix == ".txt":
        m = _HEADER_DATE.search(article_body(entry).split("\n", 1)[0])
        return datetime.strptime(" ".join(m.groups()), "%d %B %Y").date() if m else None
    if suffix == ".md":
        stamp = _front_matter(path)[0].get("date")
    elif suffix == ".json":
        record = _json_record(entry)
        stamp = record.get("published") or record.get("date")
    elif suffix == ".jsonl":
        stamp = _jsonl_record(entry).get("dct")
    elif suffix == ".rss":
        return parsedate_to_datetime(_feed_item(entry)[1]).date()
    elif suffix == ".atom":
        stamp = _feed_item(entry)[1]
    elif suffix == ".html":
        m = re.search(r'property="article:published_time" content="([^"]+)"', path.read_text())
        stamp = m.group(1) if m else None
    if stamp is None or isinstance(stamp, date):
        return stamp
    return datetime.fromisoformat(stamp).date()


def _days(value: str) -> list[date]:
    return [date.fromisoformat(d) for d in ISO_DAY.findall(value)]


# ----------------------------------------------------------------- part 1: key vs files

@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_article_body_is_150_to_500_words(entry: dict) -> None:
    assert 150 <= len(article_body(entry).split()) <= 500


@pytest.mark.parametrize(("entry", "expr"), EXPRESSIONS)
def test_expression_occurs_in_article(entry: dict, expr: dict) -> None:
    assert article_body(entry).count(expr["text"]) >= expr["occurrence"] >= 1


@pytest.mark.parametrize(("entry", "text"), NON_DATES)
def test_non_date_occurs_in_article(entry: dict, text: str) -> None:
    assert text in article_body(entry)


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_expressions_are_listed_in_text_order(entry: dict) -> None:
    body, starts = article_body(entry), []
    for expr in entry["expressions"]:
        pos = -1
        for _ in range(expr["occurrence"]):
            pos = body.index(expr["text"], pos + 1)
        starts.append(pos)
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


@pytest.mark.parametrize(("entry", "expr"), EXPRESSIONS)
def test_value_is_well_formed_timex3(entry: dict, expr: dict) -> None:
    assert VALUE_SHAPES[expr["type"]].fullmatch(expr["value"])
    for day in ISO_DAY.findall(expr["value"]) + expr.get("interval", []):
        date.fromisoformat(day)  # raises on 2024-02-30 and friends
    if "interval" in expr:
        start, end = map(date.fromisoformat, expr["interval"])
        assert start < end
        week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", expr["value"])
        if week:  # ISO week: Monday..next Monday; weekend: Saturday..Monday
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
            first = monday + timedelta(days=5 if week[3] else 0)
            assert (start, end) == (first, monday + timedelta(days=7))
    assert expr["anchor"] in {"dct", "discourse", "story", "absolute", "none"}
    assert expr["why"]


@pytest.mark.parametrize(("entry", "expr"), EXPRESSIONS)
def test_weekday_names_agree_with_value(entry: dict, expr: dict) -> None:
    named = [w for w in re.findall(r"[A-Z][a-z]+day", expr["text"]) if w in WEEKDAYS]
    if not named:
        return
    if expr["type"] == "SET":  # "every Friday" -> XXXX-WXX-5 (ISO weekday number)
        assert [WEEKDAYS[int(expr["value"][-1]) - 1]] == named
        return
    days = _days(expr["value"])
    assert len(days) == len(named), "each weekday named needs a day in the value"
    assert [WEEKDAYS[d.weekday()] for d in days] == named


@pytest.mark.parametrize(("entry", "expr"), EXPRESSIONS)
def test_story_day_counts_agree_with_day_one(entry: dict, expr: dict) -> None:
    m = DAY_COUNT.search(expr["text"])
    if not m or expr["text"].startswith("the first day of the corridor"):
        return
    number = int(m["num"] or m["num2"] or ORDINAL_WORDS.get(m["word"] or "", 0))
    story = m["story"] or m["story2"] or entry["storyline"]
    assert story == entry["storyline"]
    day_1 = date.fromisoformat(STORIES[story]["day_1"])
    assert expr["value"] == (day_1 + timedelta(days=number - 1)).isoformat()


#: Deictic phrases whose value follows from the publication date alone: (day offset, suffix).
DEICTIC = {
    "today": (0, ""), "yesterday": (-1, ""), "this morning": (0, "TMO"),
    "this afternoon": (0, "TAF"), "last night": (-1, "TNI"), "overnight": (-1, "TNI"),
}


@pytest.mark.parametrize(("entry", "expr"), EXPRESSIONS)
def test_deictic_phrases_agree_with_publication_date(entry: dict, expr: dict) -> None:
    head = expr["text"].split(",")[0].split(" (")[0].lower()
    if head not in DEICTIC:
        return
    offset, suffix = DEICTIC[head]
    day = date.fromisoformat(entry["published"]) + timedelta(days=offset)
    assert expr["anchor"] == "dct"
    assert expr["value"] == day.isoformat() + suffix


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_today_weekday_matches_true_publication_date(entry: dict) -> None:
    published = date.fromisoformat(entry["published"])
    for weekday in re.findall(r"Today, ([A-Z][a-z]+day)", article_body(entry)):
        assert WEEKDAYS[published.weekday()] == weekday


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_metadata_date_in_key_matches_file(entry: dict) -> None:
    stated = metadata_date(entry)
    expected = entry["published_in_metadata"]
    assert (stated.isoformat() if stated else None) == expected


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_conflicts_are_marked_and_dated_by_is_consistent(entry: dict) -> None:
    meta, true = entry["published_in_metadata"], entry["published"]
    assert ("conflict" in entry) == (meta is not None and meta != true)
    assert entry["dated_by"] == ("metadata" if meta == true else "text")


def test_conflict_article_today_contradicts_its_metadata() -> None:
    (entry,) = [a for a in ARTICLES if "conflict" in a]
    stated = date.fromisoformat(entry["published_in_metadata"])
    assert "Today, Saturday" in article_body(entry)
    assert WEEKDAYS[stated.weekday()] != "Saturday"


def test_corpus_covers_the_required_cases() -> None:
    assert len(ARTICLES) >= 14
    for story in STORIES:
        mine = [a for a in ARTICLES if a["storyline"] == story]
        assert len({a["source"] for a in mine}) >= 3
    assert len({a["published"] for a in ARTICLES}) >= 6
    assert sum(a["published_in_metadata"] is None for a in ARTICLES) >= 4
    suffixes = Counter(Path(a["file"]).suffix for a in ARTICLES)
    assert {".txt", ".md", ".json", ".jsonl", ".html", ".rss", ".atom"} <= set(suffixes)
    assert len(set(ENTRY_IDS)) == len(ENTRY_IDS)
    assert len({a["title"] for a in ARTICLES}) == len(ARTICLES)


# ----------------------------------------------------------------- part 2: ingestion vs key

def _load_samples() -> list:
    ingest = pytest.importorskip("summarize.ingest")
    if not hasattr(ingest, "load_paths"):
        pytest.skip("summarize.ingest.load_paths is not written yet")
    return _loaded_articles(ingest.load_paths)


@functools.cache
def _loaded_articles(load_paths: Callable) -> list:
    result = load_paths([str(SAMPLES)])
    # The key's own files (ANSWERS.md / ANSWERS.json) live in samples/ too; they are not news.
    return [a for a in result.articles if "ANSWERS" not in a.origin]


def _by_title(articles: list) -> dict:
    found = {}
    for entry in ARTICLES:
        matches = [a for a in articles if a.title == entry["title"]
                   or a.title.startswith(entry["title"] + " |")]
        assert len(matches) == 1, f"{entry['title']!r}: {len(matches)} loaded articles match"
        found[entry["title"]] = matches[0]
    return found


def test_ingestion_loads_one_article_per_key_entry() -> None:
    articles = _load_samples()
    assert len(articles) == len(ARTICLES)
    _by_title(articles)


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_ingestion_reads_source_and_metadata_date(entry: dict) -> None:
    loaded = _by_title(_load_samples())[entry["title"]]
    if entry["source_in_metadata"] is not None:
        assert loaded.source == entry["source_in_metadata"]
    published = loaded.published.date().isoformat() if loaded.published else None
    assert published == entry["published_in_metadata"]


@pytest.mark.parametrize("entry", ARTICLES, ids=ENTRY_IDS)
def test_ingested_text_keeps_every_expression_and_its_occurrence_index(entry: dict) -> None:
    loaded = _by_title(_load_samples())[entry["title"]]
    body = article_body(entry)
    for expr in entry["expressions"]:
        assert loaded.text.count(expr["text"]) == body.count(expr["text"]), expr["text"]

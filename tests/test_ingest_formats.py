"""Every input format read from a fixture: the fields of the articles it yields."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from summarize.ingest import load_paths, read_bytes, read_file
from summarize.ingest.ids import record_id

FIX = Path(__file__).parent / "fixtures" / "ingest"
MINUS_4 = timezone(timedelta(hours=-4))
PLUS_1 = timezone(timedelta(hours=1))
PLUS_3 = timezone(timedelta(hours=3))


def fields(article, names):
    return {name: getattr(article, name) for name in names}


SINGLE_ARTICLE_FILES = [
    # .txt: headline on the first line, dateline header with a full date, boilerplate dropped
    ("headline.txt", {
        "id": "headline",
        "title": "Ukraine war enters its 73rd day",
        "text": "LONDON, Saturday 7 May 2022 — Russia's invasion of Ukraine entered its 73rd day "
                "on Saturday.\nYesterday, Friday, more civilians left the Azovstal plant in "
                "Mariupol.\n\nThe day before, officials had announced a ceasefire.",
        "published": datetime(2022, 5, 7),
        "published_from": "dateline header",
        "source": "",
        "language": "en",
    }),
    # wire credit but no year: a source, no date; the long first line is not a title
    ("wire.txt", {
        "id": "wire",
        "title": "",
        "text": "KYIV, May 7 (Reuters) - Russia's invasion of Ukraine entered its 73rd day on "
                "Saturday, officials said.\nYesterday, Friday, more civilians were evacuated.",
        "published": None,
        "published_from": "",
        "source": "Reuters",
    }),
    ("published.txt", {
        "title": "Evacuations continue in Mariupol",
        "text": "Published: 2022-05-07 14:30\n\nMore civilians were evacuated from the steel "
                "plant on Saturday.",
        "published": datetime(2022, 5, 7, 14, 30),
        "published_from": "dateline header",
    }),
    ("ap.txt", {
        "title": "",
        "published": datetime(2022, 5, 7),
        "source": "AP",
    }),
    ("byline.txt", {
        "title": "Mariupol evacuation: what we know",
        "text": "By Jane Doe | 7 May 2022\n\nCivilians left the plant today, Saturday.",
        "byline": "Jane Doe",
        "published": datetime(2022, 5, 7),
    }),
    # a date inside prose is not a dateline; a sentence ending in "." is not a title
    ("prose.txt", {
        "title": "",
        "text": "The war began on 24 February 2022.\nIt has now lasted more than two months.",
        "published": None,
    }),
    ("crlf.txt", {"title": "Headline here", "text": "First line.\nSecond line."}),
    ("nfd.txt", {"text": "Caf\u00e9 prices rose in Z\u00fcrich."}),
    ("utf16.txt", {"text": "Z\u00fcrich, 7 May 2022 — Prices rose."}),
    # .md: front matter wins over the body's heading, which stays in the text
    ("front_matter.md", {
        "id": "front_matter",
        "title": "Ukraine war: day 73",
        "text": "# A heading inside the body\n\nRussia's invasion of Ukraine entered its 73rd day "
                "on Saturday.\n\nToday, Saturday, more civilians were evacuated.",
        "published": datetime(2022, 5, 7),
        "published_from": "front matter: date",
        "source": "Example News",
        "url": "https://example.com/day-73",
        "byline": "Jane Doe",
    }),
    ("heading.md", {
        "title": "Evacuation resumes",
        "text": "Officials said the evacuation resumed yesterday, Thursday.",
        "published": datetime(2022, 5, 6, 9, 15, tzinfo=PLUS_3),
        "published_from": "front matter: published",
        "language": "uk",
    }),
    # .json single object: aliases headline/body/published_at/outlet{name}/authors[]/link
    ("article.json", {
        "id": "article",
        "title": "Ceasefire announced",
        "text": "Officials announced a ceasefire on Friday.",
        "published": datetime(2022, 5, 6, 18, 0, tzinfo=UTC),
        "published_from": "metadata: published_at",
        "source": "Example Wire",
        "byline": "Jane Doe, John Roe",
        "url": "https://example.com/ceasefire",
        "origin": str(FIX / "article.json"),
    }),
    # .html: trafilatura text (title line and "Advertisement" removed), htmldate date
    ("page.html", {
        "id": "page",
        "title": "Ukraine war enters its 73rd day",
        "text": "Russia's invasion of Ukraine entered its 73rd day on Saturday, officials said, "
                "as fighting continued in the east of the country.\nYesterday, Friday, more "
                "civilians were evacuated from the Azovstal steel plant in Mariupol, according "
                "to the United Nations.\nThe day before, officials had announced a new "
                "ceasefire to allow the evacuation to continue.",
        "published": datetime(2022, 5, 7, 14, 30),
        "published_from": "htmldate",
        "source": "Example News",
        "byline": "Jane Doe",
        "url": "https://example.com/news/war-day-73",
        "language": "en",
    }),
    ("feed.atom", {
        "id": "day-73",  # the last segment of the entry's urn: id
        "title": "Day 73",
        "text": "The war entered its 73rd day.",
        "source": "Example Atom",
        "byline": "John Roe",
        "url": "https://example.com/day-73",
        "published": datetime(2022, 5, 7, 12, 0, tzinfo=UTC),
        "published_from": "feed entry",
        "origin": str(FIX / "feed.atom") + "#1",
    }),
]


@pytest.mark.parametrize(("name", "expected"), SINGLE_ARTICLE_FILES, ids=lambda v: str(v)[:20])
def test_single_article_files(name, expected):
    articles, problems = read_file(FIX / name)
    assert problems == []
    assert len(articles) == 1
    article = articles[0]
    if name.endswith(".txt") and "text" in expected:
        # Plain text keeps the whole file (headline and blank lines included) so offsets point
        # into it; the table gives the body after the headline, blank runs aside.
        text, body = " ".join(article.text.split()), " ".join(expected["text"].split())
        assert text.endswith(body)
        assert text[: -len(body)].strip() == expected.get("title", article.title)
        expected = {k: v for k, v in expected.items() if k != "text"}
    assert fields(article, expected) == expected


def test_plain_text_offsets_point_into_the_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("\nPort strike ends\n\n\n\nThe strike ended yesterday.\nLeave a Reply\n")
    [article], problems = read_file(path)
    assert problems == []
    assert article.title == "Port strike ends"
    # Only the boilerplate line is gone: leading and blank lines stay where they were.
    assert article.text == "\nPort strike ends\n\n\n\nThe strike ended yesterday.\n"


MULTI_RECORD_FILES = [
    ("list.json", [
        {"id": "a1", "text": "The rig exploded on Tuesday night.",
         "published": datetime(2010, 4, 20), "published_from": "metadata: dct", "origin": "#1"},
        {"id": "list#3", "text": "Oil began to leak the next day.",
         "published": datetime(2010, 4, 21), "published_from": "metadata: Date", "origin": "#3"},
        {"id": "list#5", "text": "The well was capped in July.",
         "published": datetime(2010, 7, 15, tzinfo=UTC), "published_from": "metadata: time",
         "origin": "#5"},
    ]),
    ("wrapped.json", [
        {"id": "wrapped#1", "text": "First paragraph.\n\nSecond & last paragraph.",
         "source": "Example News", "published": datetime(2022, 5, 7),
         "published_from": "metadata: publishedAt", "origin": "#1"},
        {"id": "wrapped#2", "text": "Plain text article.",
         "published": datetime(2022, 5, 7, 10, 0, tzinfo=PLUS_1),
         "published_from": "metadata: pubdate", "origin": "#2"},
    ]),
    ("records.jsonl", [
        {"id": "r1", "text": "First record.", "published": datetime(2022, 5, 5),
         "origin": ":line 1"},
        {"id": "r2", "text": "Second record.", "published": datetime(2022, 5, 6),
         "origin": ":line 3"},
        {"id": "r5", "text": "Fifth record.", "published": datetime(2022, 5, 8, 7, 30),
         "published_from": "metadata: datetime", "origin": ":line 6"},
    ]),
    # RSS: each entry has its own date (the feed's -04:00 offset kept), source = feed title
    ("feed.rss", [
        {"id": "wire-101", "title": "Evacuation continues",
         "text": "More civilians left the plant on Saturday.\n\nOfficials welcomed the move.",
         "source": "Example Wire", "byline": "Jane Doe", "url": "https://example.com/evacuation",
         "published": datetime(2022, 5, 7, 23, 30, tzinfo=MINUS_4),
         "published_from": "feed entry", "origin": "#1"},
        # a guid that is a URL gives its last path segment as the id
        {"id": "ceasefire", "title": "Ceasefire announced",
         "text": "A ceasefire was announced on Friday.",
         "published": datetime(2022, 5, 6, 18, 0, tzinfo=UTC), "origin": "#2"},
    ]),
]


@pytest.mark.parametrize(("name", "expected"), MULTI_RECORD_FILES, ids=lambda v: str(v)[:20])
def test_multi_record_files(name, expected):
    articles, _ = read_file(FIX / name)
    got = []
    for article, want in zip(articles, expected, strict=False):
        row = fields(article, [k for k in want if k != "origin"])
        row["origin"] = article.origin.removeprefix(str(FIX / name))
        got.append(row)
    assert got == expected
    assert len(articles) == len(expected)


def test_cp1252_file_is_decoded_with_a_warning():
    articles, problems = read_file(FIX / "cp1252.txt")
    assert [(str(p), p.severity) for p in problems] == [
        (f"dateline: {FIX / 'cp1252.txt'}: not valid UTF-8; decoded as cp1252", "warning"),
    ]
    assert articles[0].text.strip() == (
        "Caf\u00e9 owners said the \u201cprice rise\u201d was unbearable \u2014 "
        "na\u00efve plans failed."
    )


# ---- every field alias, one record at a time ------------------------------------------------

ALIASES = [
    ("text", "text"), ("text", "body"), ("text", "content"), ("text", "article"),
    ("text", "story"), ("text", "Body"),
    ("title", "title"), ("title", "headline"), ("title", "HEADLINE"),
    ("url", "url"), ("url", "link"),
    ("source", "source"), ("source", "outlet"), ("source", "publisher"), ("source", "site"),
    ("byline", "author"), ("byline", "byline"), ("byline", "authors"),
    ("id", "id"), ("id", "uid"), ("id", "guid"), ("id", "article_id"), ("id", "ArticleId"),
]


@pytest.mark.parametrize(("field", "key"), ALIASES)
def test_each_field_alias(field, key):
    record = {"text": "Body of the article.", key: "value-1"}
    if field == "text":
        record = {key: "value-1"}
    articles, problems = read_bytes(json.dumps(record).encode(), "x.json")
    assert problems == []
    assert getattr(articles[0], field) == "value-1"


@pytest.mark.parametrize("key", [
    "published", "date", "time", "publish_date", "pubdate", "published_at", "datetime", "dct",
    "DCT", "publishedAt",
])
def test_each_date_alias(key):
    record = {"text": "Body.", key: "2022-05-07T14:30:00"}
    [article], problems = read_bytes(json.dumps(record).encode(), "x.json")
    assert problems == []
    assert article.published == datetime(2022, 5, 7, 14, 30)
    assert article.published_from == f"metadata: {key}"


@pytest.mark.parametrize(("value", "expected"), [
    ({"name": "BBC News"}, "BBC News"),
    (["Jane Doe", "John Roe"], "Jane Doe, John Roe"),
    ([{"name": "Jane Doe"}, {"name": "John Roe"}], "Jane Doe, John Roe"),
])
def test_structured_names(value, expected):
    record = {"text": "Body.", "source": value, "authors": value}
    [article], _ = read_bytes(json.dumps(record).encode(), "x.json")
    assert (article.source, article.byline) == (expected, expected)


def test_record_without_date_uses_dateline_header_in_text():
    record = {"text": "LONDON, 7 May 2022 (Reuters) - Prices rose."}
    [article], _ = read_bytes(json.dumps(record).encode(), "x.json")
    assert (article.published, article.published_from, article.source) == (
        datetime(2022, 5, 7), "dateline header", "Reuters")


def test_jsonl_saved_as_json_is_read_line_by_line():
    data = b'{"text": "One."}\n{"text": "Two."}\n'
    articles, problems = read_bytes(data, "mixed.json")
    assert problems == []
    assert [(a.id, a.text, a.origin) for a in articles] == [
        ("mixed#1", "One.", "mixed.json:line 1"), ("mixed#2", "Two.", "mixed.json:line 2")]


# ---- stdin: every format is sniffed from content ----------------------------------------------

STDIN_CASES = [
    ("headline.txt", ["stdin"], "Ukraine war enters its 73rd day"),
    ("front_matter.md", ["stdin"], "Ukraine war: day 73"),
    ("heading.md", ["stdin"], "Evacuation resumes"),
    ("article.json", ["stdin"], "Ceasefire announced"),
    ("list.json", ["a1", "stdin#3", "stdin#5"], ""),
    ("records.jsonl", ["r1", "r2", "r5"], ""),
    ("page.html", ["stdin"], "Ukraine war enters its 73rd day"),
    ("feed.rss", ["wire-101", "ceasefire"], "Evacuation continues"),
    ("feed.atom", ["day-73"], "Day 73"),
]


@pytest.mark.parametrize(("name", "ids", "first_title"), STDIN_CASES)
def test_stdin_sniffs_each_format(name, ids, first_title):
    result = load_paths(["-"], stdin=io.BytesIO((FIX / name).read_bytes()))
    assert [a.id for a in result.articles] == ids
    assert result.articles[0].title == first_title
    assert all(p.path == "<stdin>" for p in result.problems)


def test_explicit_format_overrides_the_extension():
    articles, _ = read_bytes(b"# Not a heading here", "notes.json", fmt="txt")
    assert [a.text for a in articles] == ["# Not a heading here"]


# ---- Timeline17: a real file ---------------------------------------------------------------


def test_timeline17_bpoil_bbc(shared_data):
    path = shared_data / "tls" / "t17" / "bpoil_bbc" / "articles.json"
    articles, problems = read_file(path)
    assert problems == []
    assert len(articles) == 293
    first, last = articles[0], articles[-1]
    assert (first.id, first.published, first.published_from) == (
        "1622", datetime(2010, 4, 6), "metadata: dct")
    assert first.text.startswith("The latest five minute news bulletin from BBC World Service .")
    assert first.origin == f"{path}#1"
    assert (last.id, last.published) == ("1368", datetime(2011, 1, 22))
    assert len({a.id for a in articles}) == 293


def test_timeline17_empty_records_are_reported(shared_data):
    path = shared_data / "tls" / "t17" / "haiti_bbc" / "articles.json"
    articles, problems = read_file(path)
    assert len(articles) == 286
    assert str(problems[0]) == f"dateline: {path}: record 6: empty text; skipped"
    assert len(problems) == 10


@pytest.mark.parametrize(("value", "expected"), [
    ("1622", "1622"),
    (1622, "1622"),
    ("wire-101", "wire-101"),
    ("https://example.com/news/war-day-73", "war-day-73"),
    ("https://example.com/news/war-day-73/", "war-day-73"),
    ("tag:example.org,2024:Shelling-Intensifies", "shelling-intensifies"),
    ("urn:example:day-73", "day-73"),
    ("has spaces in it", ""),
    ("x" * 61, ""),
    (True, ""),
    (None, ""),
])
def test_record_ids_are_kept_readable(value, expected):
    assert record_id(value) == expected

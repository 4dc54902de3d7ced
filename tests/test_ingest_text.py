"""Text handling: decoding, binary detection, boilerplate removal, dates, format sniffing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from summarize.ingest.clean import is_boilerplate, tidy_text
from summarize.ingest.dates import parse_datetime
from summarize.ingest.decode import decode_text, looks_binary
from summarize.ingest.sniff import sniff_format


@pytest.mark.parametrize(("data", "text", "warning"), [
    (b"plain ascii", "plain ascii", None),
    ("na\u00efve".encode(), "na\u00efve", None),
    (b"\xef\xbb\xbfwith bom", "with bom", None),
    ("utf16 \u00e9".encode("utf-16"), "utf16 \u00e9", None),
    ("e\u0301".encode(), "\u00e9", None),  # NFC
    (b"a\r\nb\rc", "a\nb\nc", None),
    ("caf\u00e9 \u2014 \u201cok\u201d".encode("cp1252"), "caf\u00e9 \u2014 \u201cok\u201d",
     "not valid UTF-8; decoded as cp1252"),
    ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! \u042d\u0442\u043e "
     "\u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f.".encode("cp1251"),
     "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! \u042d\u0442\u043e "
     "\u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f.",
     "not valid UTF-8; decoded as cp1251"),
])
def test_decode_text(data, text, warning):
    assert decode_text(data) == (text, warning)


@pytest.mark.parametrize(("data", "binary"), [
    (b"Plain text.\n", False),
    ("utf16 text".encode("utf-16"), False),
    (b"abc\x00def", True),
    (b"%PDF-1.7\n", True),
    (b"PK\x03\x04zipped", True),
    (b"\x01\x02\x03\x04\x05\x06 controls", True),
    ("caf\u00e9".encode("cp1252"), False),
])
def test_looks_binary(data, binary):
    assert looks_binary(data) is binary


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "  Advertisement  ", "Share this article",
    "Share this:", "Leave a Reply", "Sign up for our newsletter",
    "Sign up to our daily briefing newsletter here", "Click here to subscribe",
    "We use cookies to improve your experience on our site.", "Accept all cookies",
    "Related: Ukraine war latest", "Related Articles", "Read more: What we know",
    "Skip to main content", "Copyright 2022 Example News. All rights reserved.",
    "Story continues below advertisement",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Officials said the advertisement was misleading.",
    "Share prices fell 3% on Friday after the announcement.",
    "Related talks are expected to resume on Monday.",
    "Readers who sign up for our newsletter get it daily, said the editor, who spoke on "
    "Friday at length about the paper's plans for the coming year and beyond that.",
    "More than 300 people were evacuated.",
])
def test_prose_is_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(("raw", "clean"), [
    ("First.\nAdvertisement\nSecond.", "First.\nSecond."),
    ("First.\n\n\n\n  \nSecond.", "First.\n\nSecond."),
    ("  \n\nFirst.\n\n", "First."),
    # glued sentences and odd spacing are the sentence splitter's job: kept exactly
    ("on its 73rd dayToday, Saturday  ,  more", "on its 73rd dayToday, Saturday  ,  more"),
    ("Cafe\u0301", "Caf\u00e9"),
])
def test_tidy_text(raw, clean):
    assert tidy_text(raw) == clean


@pytest.mark.parametrize(("value", "expected"), [
    ("2010-04-06", datetime(2010, 4, 6)),
    ("2022-05-07T14:30:00", datetime(2022, 5, 7, 14, 30)),
    ("2022-05-07T14:30:00Z", datetime(2022, 5, 7, 14, 30, tzinfo=UTC)),
    ("2022-05-07 14:30:00+02:00", datetime(2022, 5, 7, 14, 30,
                                          tzinfo=timezone(timedelta(hours=2)))),
    ("Sat, 07 May 2022 14:30:00 GMT", datetime(2022, 5, 7, 14, 30, tzinfo=UTC)),
    ("7 May 2022", datetime(2022, 5, 7)),
    ("May 7, 2022 2:30 pm", datetime(2022, 5, 7, 14, 30)),
    (1651933800, datetime(2022, 5, 7, 14, 30, tzinfo=UTC)),
    ("1651933800000", datetime(2022, 5, 7, 14, 30, tzinfo=UTC)),
    (datetime(2022, 5, 7, 1, 2).date(), datetime(2022, 5, 7)),
    ("May 2022", None),
    ("yesterday", None),
    ("May 7", None),
    ("", None),
    (True, None),
    (None, None),
    ([2022, 5, 7], None),
])
def test_parse_datetime(value, expected):
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(("head", "fmt"), [
    (b"Just some text.", "txt"),
    (b"# Heading\n\nText", "md"),
    (b"---\ntitle: x\n---\nText", "md"),
    (b'{"text": "x"}', "json"),
    (b'{\n  "text": "x"\n}', "json"),
    (b'[{"text": "x"}]', "json"),
    (b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    (b"\xef\xbb\xbf" + b'{"text": "x"}\n{"text": "y"}', "jsonl"),
    (b"<!DOCTYPE html><html><body></body></html>", "html"),
    (b"  <html lang='en'>", "html"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"<?xml version='1.0'?><rdf:RDF>", "feed"),
])
def test_sniff_format(head, fmt):
    assert sniff_format(head) == fmt

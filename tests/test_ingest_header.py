"""Dateline headers in plain text: which first lines give a date, a wire credit, a byline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from summarize.ingest.header import Header, read_header
from summarize.ingest.plain import split_headline

HEADERS = [
    ("LONDON, Saturday 7 May 2022 — Russia's invasion entered its 73rd day.",
     Header(datetime(2022, 5, 7))),
    ("Published: 2022-05-07 14:30\n\nBody.", Header(datetime(2022, 5, 7, 14, 30))),
    ("May 7, 2022 (AP) — Officials said.", Header(datetime(2022, 5, 7), source="AP")),
    ("By Jane Doe | 7 May 2022\n\nBody.", Header(datetime(2022, 5, 7), byline="Jane Doe")),
    # no year: the credit is read, the date is not
    ("KYIV, May 7 (Reuters) - Russia's invasion entered its 73rd day.",
     Header(source="Reuters")),
    ("LONDON (Reuters) - Prices rose.", Header(source="Reuters")),
    ("WASHINGTON, D.C., Jan. 5, 2021 - The vote began.", Header(datetime(2021, 1, 5))),
    ("SÃO PAULO, Brazil, May 7, 2022 (Reuters) - Prices rose.",
     Header(datetime(2022, 5, 7), source="Reuters")),
    ("BERLIN, 7. May 2022 — Prices rose.", Header(datetime(2022, 5, 7))),
    ("Posted on 2022-05-07T14:30:00Z\nBody.", Header(datetime(2022, 5, 7, 14, 30, tzinfo=UTC))),
    ("Updated: Sat 7 May 2022 2:30 p.m.\nBody.", Header(datetime(2022, 5, 7, 14, 30))),
    ("Sat 7 May 2022 14:30 +03:00\nBody.",
     Header(datetime(2022, 5, 7, 14, 30, tzinfo=timezone(timedelta(hours=3))))),
    ("By Jane Doe and John Smith\nUpdated May 7, 2022 at 9:05 am\n\nBody.",
     Header(datetime(2022, 5, 7, 9, 5), byline="Jane Doe and John Smith")),
    # a standfirst line may sit between the title and the dateline
    ("Evacuations continue in the east\nKYIV, Ukraine, May 7, 2022 (Reuters) - Body.",
     Header(datetime(2022, 5, 7), source="Reuters")),
    # dates inside prose are not headers
    ("The war began on 24 February 2022.", Header()),
    ("24 February 2022 was the first day of the war.", Header()),
    ("Officials said on Friday that talks would resume.\nPublished: 2022-05-07", Header()),
    # impossible dates give nothing
    ("LONDON, 31 February 2022 — Body.", Header()),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS, ids=[h[0][:30] for h in HEADERS])
def test_read_header(text, expected):
    assert read_header(text) == expected


HEADLINES = [
    ("Ukraine war enters its 73rd day\n\nBody.", "Ukraine war enters its 73rd day", "Body."),
    ("Is the war nearly over?\nBody.", "Is the war nearly over?", "Body."),
    ("The war began in February.\nBody.", "", "The war began in February.\nBody."),
    ("Here is what we know:\nBody.", "", "Here is what we know:\nBody."),
    ("Only one line", "", "Only one line"),
    ("By Jane Doe\nBody.", "", "By Jane Doe\nBody."),
    ("Published: 2022-05-07\nBody.", "", "Published: 2022-05-07\nBody."),
    ("LONDON (Reuters) - Prices\nrose.", "", "LONDON (Reuters) - Prices\nrose."),
    (" ".join(["word"] * 17) + "\nBody.", "", " ".join(["word"] * 17) + "\nBody."),
]


@pytest.mark.parametrize(("text", "title", "body"), HEADLINES, ids=[h[0][:20] for h in HEADLINES])
def test_split_headline(text, title, body):
    assert split_headline(text) == (title, body)

"""Any bytes, any format: ingestion returns articles or problems and never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.ingest import FORMATS, read_bytes

SNIPPETS = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"text": ', b'"date": ', b"\n", b"---\n", b"<p>", b"</p>",
    b"<rss><channel><item>", b"<html><body>", b"LONDON, 7 May 2022 \xe2\x80\x94 ", b"\xff",
    b"\x00", b"Advertisement\n", b"Published: 2022-05-07\n", b"By Jane Doe | ", b"# ",
    b"title: x\n", b" (Reuters) - ", b"\xe9", b"\r\n",
])
CONTENT = st.one_of(st.binary(max_size=300), st.lists(SNIPPETS, max_size=30).map(b"".join))


@settings(max_examples=150, deadline=None)
@given(data=CONTENT, fmt=st.sampled_from([None, *FORMATS]))
def test_read_bytes_never_raises(data, fmt):
    articles, problems = read_bytes(data, "input.dat", fmt=fmt)
    assert all(p.path == "input.dat" and p.severity in ("error", "warning") for p in problems)
    assert not any(p.message.startswith("cannot read this file") for p in problems)
    for article in articles:
        assert article.text.strip()
        assert len({a.id for a in articles}) == len(articles)

""""The year" (also "the end of the year", "the fiscal year") in a future clause told from
the present ("will", "expects", "are expected to") cannot be a year under discussion that
ended before the publication year: it is the publication year (session 13, news). A future
told from the past ("expected", "would") kept the year under discussion until session 20; a
deadline's edge of it ("by the end of the year") is now the publication year's there too, as
three keys of the blind set's tune half have it (``resolve.relative``); "for the year" keeps
the year under discussion. Invented sentences; published Thursday 26 April 1990."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(1990, 4, 26)


@pytest.mark.parametrize("text, span, want", [
    ("Orvane's profit slipped from the 1989 quarter. It expects to open the Tulse mill by "
     "the end of the year.", "the end of the year", "1990"),
    ("Harlow Tyre earned $3 million in 1988. The new plant will open by the end of the year.",
     "the end of the year", "1990"),
    ("Bredon Foods lost money in 1989. The writedown will cut earnings for the fiscal year.",
     "the fiscal year", "1990"),
    ("Sales at Quill Paper fell in 1988. The firm expected a recovery by the end of the year.",
     "the end of the year", "1990"),
    ("Sales at Quill Paper fell in 1988. It said it would recover by the end of the year.",
     "the end of the year", "1990"),
    ("Sales at Quill Paper fell in 1989. For the year, revenue fell 3%.", "the year", "1989"),
])
def test_year_in_a_future_clause(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

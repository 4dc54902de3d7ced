""""The year-earlier/year-ago quarter" after the last quarter ended before the publication date
(a fourth-quarter report told in February) is that quarter a year back, as in any report of
the latest quarter (session 13, news); a quarter further back, already a year before the
publication year, stays the period under discussion. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


@pytest.mark.parametrize("text, dct, want", [
    ("Brandle Tools posted a fourth-quarter loss of $3 million. In the year-earlier quarter, "
     "it earned $1 million.", date(2024, 2, 14), "2022-Q4"),
    ("Orrin Mills reported a fourth-quarter profit of $8 million, up from $6 million in the "
     "year-ago quarter.", date(2023, 1, 26), "2021-Q4"),
    ("Orrin Mills reported a third-quarter profit of $8 million, up from $6 million in the "
     "year-ago quarter.", date(2023, 10, 26), "2022-Q3"),
])
def test_year_earlier_quarter(text: str, dct: date, want: str) -> None:
    assert want in [m.value for m in tag_text(text, dct) if "year-" in m.text]

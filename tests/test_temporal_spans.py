"""Span conventions (TimeML): "the" belongs to a span, prepositions, possessives and "a" do not,
nor does "so far" before "this month"; "earlier"/"later" do (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

ROWS = [
    # (text, exact span, value)
    ("Profit for the nine months rose 4%.", "the nine months", "P9M"),
    # a comparison word before a counted length belongs to that length
    ("Net for the year-earlier nine months included a gain.", "the year-earlier nine months",
     "P9M"),
    ("Sales in the year-ago six months were flat.", "the year-ago six months", "P6M"),
    ("Margins matched the comparable nine months.", "the comparable nine months", "P9M"),
    # "more"/"most" before "recently" belong to it
    ("More recently, the yard has hired welders.", "More recently", "PAST_REF"),
    ("The pier was most recently repaired by the navy.", "most recently", "PAST_REF"),
    ("Tolls were waived for the two days of the fair.", "two days", "P2D"),
    ("Output will grow over the next three years.", "the next three years", "P3Y"),
    ("Turnover fell over the past several quarters.", "the past several quarters", "PXQ"),
    ("Its third-quarter profit fell.", "third-quarter", "2021-Q3"),
    ("A fourth-quarter loss was booked.", "fourth-quarter", "2021-Q4"),
    ("Their first quarter was weak.", "first quarter", "2022-Q1"),
    ("Ticket sales have doubled so far this year.", "this year", "2022"),
    # "earlier"/"later" belong to the span (TimeBank and MEANTIME annotate them inside)
    ("The fund was launched earlier this month.", "earlier this month", "2022-05"),
    ("The yard will hire later this week.", "later this week", "2022-W18"),
    ("The canal will be dredged by the end of the year.", "the end of the year", "2022"),
    ("Riots broke out in the afternoon.", "the afternoon", "2022-05-07TAF"),
    ("Fashions of the 70s and 80s returned.", "the 70s", "197"),
    ("Fashions of the 70s and 80s returned.", "80s", "198"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_span_convention(text: str, span: str, value: str) -> None:
    at = text.index(span)
    found = [(m.text, m.value) for m in tag_text(text, DCT)
             if m.start < at + len(span) and at < m.end]
    assert found == [(span, value)]

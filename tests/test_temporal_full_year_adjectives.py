"""'full-year' before a figure of a report ("full-year profit", "its full-year forecast") is the
year the report is about, as "the full year" is: the year under discussion, else the
publication year; before other nouns ("a full-year pass", "a full-year ban") it is no time
(session 7, whole documents). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2014, 10, 16)

TAGGED = [
    ("The brewer will publish full-year results in early March.", "full-year", "2014"),
    ("Full-year profit rose 4 percent, the insurer said.", "Full-year", "2014"),
    ("The chipmaker cut its full-year forecast again.", "full-year", "2014"),
    ("Net income fell in 2013. Full-year sales grew 3 percent.", "Full-year", "2013"),
    ("It kept its full-year operating margin target of 9 percent.", "full-year", "2014"),
    ("The airline raised its full-year outlook on Thursday.", "full-year", "2014"),
]

UNTAGGED = [
    ("Commuters can buy a full-year pass at the kiosk.", "full-year"),
    ("The rider was handed a full-year ban for doping.", "full-year"),
    ("The lease runs a full-year term from signing.", "full-year"),
]


@pytest.mark.parametrize(("text", "span", "value"), TAGGED)
def test_full_year_before_a_figure_is_the_year_reported_on(text: str, span: str,
                                                            value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found[span] == ("DATE", value)


@pytest.mark.parametrize(("text", "span"), UNTAGGED)
def test_full_year_before_other_nouns_is_no_time(text: str, span: str) -> None:
    assert span not in {m.text for m in tag_text(text, DCT)}

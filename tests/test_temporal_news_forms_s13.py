"""News forms of session 13: a year of an earlier century in words after a time preposition
("in eighteen sixty-four"), a basic ISO 8601 date after a word that dates a paper ("dated
20250527"), and a present schedule's "runs <Month> <day>-<day>" naming the coming month, both
ends alike. Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The Ossary chapel was consecrated in seventeen eighty-two.", "seventeen eighty-two",
     "1782"),
    ("The Quenby tannery has traded since eighteen forty, its owners said.", "eighteen forty",
     "1840"),
    ("The tide mill ground corn until sixteen ninety-five and then fell idle.",
     "sixteen ninety-five", "1695"),
    ("The harbour order, dated 20231104, names the new berth.", "20231104", "2023-11-04"),
    ("Effective 20240401 the Carrow ferry fares rise.", "20240401", "2024-04-01"),
    ("The Pendle kite festival runs Sept. 20-22 on the common.", "Sept. 20", "2024-09-20"),
    ("The Pendle kite festival runs Sept. 20-22 on the common.", "22", "2024-09-22"),
])
def test_news_forms(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text", [
    "The stall sold eighteen forty-pound hampers.",
    "Of seventeen ninety entrants, few finished.",
    "Ticket 20240401 won the Mellor raffle.",
    "The notice, dated 20240231, was a forgery.",
])
def test_no_date(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


def test_past_range_keeps_its_year() -> None:
    text = "The Pendle kite festival ran Sept. 20-22 on the common."
    assert [m.value for m in tag_text(text, DCT)] == ["2023-09-20", "2023-09-22"]

""""The early/small hours of <month> <day>" is one TIME, the morning (TMO) of that date, as
"the early hours of Sunday" is (session 11, newswire); "the early hours of" an event stays a
stretch of it, untagged. Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The blast came in the early hours of March 2, the coastguard said.",
     "the early hours of March 2", "2024-03-02TMO"),
    ("The raid began in the small hours of February 11.", "the small hours of February 11",
     "2024-02-11TMO"),
    ("The fire broke out in the early hours of Sunday.", "the early hours of Sunday",
     "2024-03-10TMO"),
])
def test_early_hours_of_a_date(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


def test_early_hours_of_an_event() -> None:
    text = "Volunteers helped in the early hours of the rescue."
    assert [m.text for m in tag_text(text, DCT)] == []

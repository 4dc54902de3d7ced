"""A future told from the past with "would" before a bare weekday ("officials said the
board would decide Friday") reports a plan: the weekday lies ahead, as after "will" (session
13, news); "would" with the reporting verb after it, negated, or "would have" keeps the weak
future's reading (the last one). Invented sentences; published Thursday 14
March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("text, span, want", [
    ("Officials said the Tarrow council would decide Friday whether to close the pier.",
     "Friday", "2024-03-15"),
    ("The union said its members would vote Monday on the Kelso offer.", "Monday",
     "2024-03-18"),
    ("A spokeswoman said the ferry would resume sailings Saturday.", "Saturday", "2024-03-16"),
    ("Police said the Brora road closed Tuesday after a landslip.", "Tuesday", "2024-03-12"),
    ("The Ardle ferry would run Friday, the operator said.", "Friday", "2024-03-08"),
    ("Aides said the minister would not travel Monday.", "Monday", "2024-03-11"),
])
def test_would_before_a_weekday(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

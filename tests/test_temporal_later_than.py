"""A count before "later than"/"earlier than" is the difference between two times, a length
("opened a year later than planned" = P1Y), not a time ahead of or behind the publication date;
without "than" the count and "later" stay one offset (session 7, whole documents). Sentences
written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2023, 8, 10)

CASES = [
    # "than": the count alone, a length
    ("The toll starts a year later than the council wanted.", "a year", "DURATION", "P1Y"),
    ("The depot opened two weeks later than its rivals.", "two weeks", "DURATION", "P2W"),
    ("The bridge was finished three months earlier than planned.", "three months", "DURATION",
     "P3M"),
    ("Polls closed an hour later than usual.", "an hour", "DURATION", "PT1H"),
    # no "than": an offset from the time under discussion or the publication date
    ("The talks ended a day later.", "a day later", "DATE", "2023-08-11"),
    ("Two years later, the mill closed.", "Two years later", "DATE", "2025"),
    ("Weeks later, the depot opened.", "Weeks later", "DURATION", "PXW"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), CASES)
def test_a_count_before_later_than_is_a_length(text: str, span: str, kind: str,
                                                value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found.get(span) == (kind, value)

"""An event arranged for a day with a four-word object ("called an early general election
for November 21"): the day lies ahead of the publication date whatever the arranging verb's
tense (session 14). Invented sentences; published Tuesday 12 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize("text, span, want", [
    ("The Varne premier called an early general election for November 20, citing deadlock.",
     "November 20", "2024-11-20"),
    ("The Ostrey council called a special budget meeting for Dec. 9, aides said.",
     "Dec. 9", "2024-12-09"),
    ("Dock unions called a national port strike for October 1 over pay.",
     "October 1", "2024-10-01"),
])
def test_arranged_event_lies_ahead(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, span, want", [
    # a name or a number inside the object still ends it: the day is read by the tense
    ("The Varne premier called Tomas Edry, the party whip, for November 20 talks.",
     "November 20", "2023-11-20"),
])
def test_not_an_arranged_object(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""A day of the month in words from the tenth on ("on the twenty-fourth", "by the thirtieth"),
after a word that leads into a date and ending its phrase, is a day with no month as "on the
24th" is: the nearest, a past clause the last one, a future or a deadline the next; a lower
ordinal ("on the third") and one before a noun ("on the twentieth lap") stay untagged
(session 12, phrasings). Invented sentences, published Tuesday 17 February 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2026, 2, 17)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tickets for the Pellam hall concerts go on sale on the twenty-fourth.",
     [("the twenty-fourth", "2026-02-24")]),
    ("The Orrin council voted on the eleventh.", [("the eleventh", "2026-02-11")]),
    ("Bids for the ferry contract close by the twenty-eighth, the port said.",
     [("the twenty-eighth", "2026-02-28")]),
    # ranks and nouns
    ("Venn finished on the third.", []),
    ("The leader crashed on the twentieth lap.", []),
])
def test_ordinal_day_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

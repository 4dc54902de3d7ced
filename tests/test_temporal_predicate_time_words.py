""""the night" in "tonight's the night" and "the day" in "today is the day" say what the time
word before them is, no time of their own: only "tonight"/"today" are tagged; "the night
before" and a "the night" elsewhere stay. Sentences written for this project (session 10,
round 3)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

PREDICATES = [
    ("tonight's the night!!! Velvet Moths at the Corran Hall", ["tonight"]),
    ("omg today's the day, the Brindle bakery finally opens", ["today"]),
    ("today is the day we move into the flat on Hollin Road", ["today"]),
    ("tmrw's the day, wish me luck at the Asker interview", ["tmrw"]),
]


@pytest.mark.parametrize(("text", "spans"), PREDICATES)
def test_the_predicate_is_no_time_of_its_own(text: str, spans: list[str]) -> None:
    assert [m.text for m in tag_text(text, DCT)] == spans


KEPT = [
    ("The Pellow ferry sank during the night, the coastguard said.", "the night"),
    ("Tonight is the night before the Ashby vote.", "the night before"),
]


@pytest.mark.parametrize(("text", "span"), KEPT)
def test_other_nights_stay(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]

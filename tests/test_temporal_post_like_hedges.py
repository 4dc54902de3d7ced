"""A post's "like" before a count of units is a hedge, as "about" is: in the span, mod APPROX
("drove like 9 hours"); after a verb of seeming, a pronoun or a modal it compares or likes, no
hedge. Sentences written for this project (session 10, round 3)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

HEDGED = [
    ("drove like 9 hours to get to brenmoor lol", "like 9 hours", "PT9H"),
    ("queued like 3 hours for the quillfest wristbands", "like 3 hours", "PT3H"),
    ("it took us like two days to paint the shed", "like two days", "P2D"),
    ("been waiting like 40 minutes for the 12 bus", "like 40 minutes", "PT40M"),
]


@pytest.mark.parametrize(("text", "span", "value"), HEDGED)
def test_like_before_a_count_is_a_hedge(text: str, span: str, value: str) -> None:
    got = {m.text: (m.value, m.mod) for m in tag_text(text, DCT)}
    assert got.get(span) == (value, "APPROX")


COMPARED = [
    ("the drive felt like 9 hours", "9 hours"),
    ("we'd like 2 days off after the tour", "2 days"),
    ("i like 3 hours of telly on a sunday", "3 hours"),
    ("it seemed like 20 minutes, tops", "20 minutes"),
]


@pytest.mark.parametrize(("text", "span"), COMPARED)
def test_like_that_compares_stays_out(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]

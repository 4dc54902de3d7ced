""""straight" or "running" after a count and its unit is a run's adverb, in the length's span
("two days straight" = P2D), as "straight" between them is; "running" only at a clause's end
(a gerund otherwise) and "straight" not before a word of direction. Sentences written for this
project (session 10, round 3)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

RUNS = [
    ("it poured at the Lowmere campsite two days straight ugh", "two days straight", "P2D"),
    ("Kestrel Fields has sold out for 10 years running.", "10 years running", "P10Y"),
    ("night shift three nights running, send coffee", "three nights running", "P3D"),
    ("slept 12 hours straight after the Dunholt ultra", "12 hours straight", "PT12H"),
]


@pytest.mark.parametrize(("text", "span", "value"), RUNS)
def test_a_run_adverb_after_the_unit_joins_the_length(text: str, span: str, value: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got.get(span) == ("DURATION", value)


OUTSIDE = [
    ("we drove 4 hours straight to the Carrow coast", "4 hours"),
    ("she spent two hours running the tombola stall", "two hours"),
    ("they walked 3 hours straight home from Ebbsfield", "3 hours"),
]


@pytest.mark.parametrize(("text", "span"), OUTSIDE)
def test_a_word_of_direction_or_a_gerund_stays_outside(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]

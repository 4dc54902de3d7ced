"""A count of units with "straight", "consecutive" or "successive" between count and unit is a
length, the adjective inside the span ("for six straight quarters" = P6Q); an ordinal run ("a
third straight day") stays the day reported on."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 7, 14)

LENGTHS = [
    ("Orvane Textiles had lost money for six straight quarters.",
     "six straight quarters", "P6Q"),
    ("Fares at Kelby Rail rose for three consecutive years.", "three consecutive years", "P3Y"),
    ("The Tessaly index fell for five straight days before a rebound.",
     "five straight days", "P5D"),
    ("Snow kept the Dallow pass shut for two successive months.", "two successive months", "P2M"),
    ("Morrow Bay's anglers waited 10 straight hours for the tide.", "10 straight hours", "PT10H"),
]


@pytest.mark.parametrize(("text", "span", "value"), LENGTHS)
def test_a_count_with_straight_is_a_length(text: str, span: str, value: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got[span] == ("DURATION", value)


def test_an_ordinal_run_stays_the_day_reported_on() -> None:
    got = {m.text: m.value for m in tag_text("Shares in Pemlo fell for a third straight day.",
                                             DCT)}
    assert "2021-07-14" in got.values()

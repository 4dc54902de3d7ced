"""A superlative, an ordinal ("first", "third": session 7) or "only" a few words before "in
<count> <unit>" makes the count the time since ("its highest level in five years"): a length
without "in", whatever the verb's tense; without one (or with a verb between) "in two weeks"
stays a date ahead."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

LENGTHS = [
    ("Copper hit its highest price in five years on Monday.", "five years", "P5Y"),
    ("The vote was the first of its kind in 20 years.", "20 years", "P20Y"),
    ("The bank cut rates for the first time in four years.", "four years", "P4Y"),
    ("The harbour saw its busiest week in a decade.", "a decade", "P10Y"),
    ("Turnout fell to its lowest in six months.", "six months", "P6M"),
    ("Shares posted their only gain in 10 days.", "10 days", "P10D"),
    ("The league posted its most lopsided result in 12 years.", "12 years", "P12Y"),
    ("Voters went to the polls for the third time in two years.", "two years", "P2Y"),
    ("It was the second mine collapse in three months.", "three months", "P3M"),
]

AHEAD = [
    ("The first ferries will sail in two weeks.", "two weeks", "2024-03-27"),
    ("Talks resume in two weeks.", "two weeks", "2024-03-27"),
    ("The best seats go on sale in three days.", "three days", "2024-03-16"),
    ("The second phase will start in two years.", "two years", "2026"),
]


@pytest.mark.parametrize(("text", "span", "value"), LENGTHS)
def test_a_count_after_a_superlative_is_the_length_since(text: str, span: str,
                                                          value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found[span] == ("DURATION", value)


@pytest.mark.parametrize(("text", "span", "value"), AHEAD)
def test_in_a_count_without_a_superlative_stays_ahead(text: str, span: str, value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found[span] == ("DATE", value)

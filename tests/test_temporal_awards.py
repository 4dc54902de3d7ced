"""An award's name "<person or thing> of the year/month/week" ("player of the year",
"Manager of the Month", "car of the year") names no time, in any case; "the worst storm of
the year" and "the first goal of the season" still name the year and the season."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)


@pytest.mark.parametrize("text", [
    "The club's striker was named player of the year.",
    "She won Manager of the Month for a second time.",
    "The hatchback was voted car of the year by readers.",
    "The employee of the month gets a parking space.",
    "The magazine picked a nurse as its person of the year.",
    "The dictionary chose a slang term as word of the year.",
])
def test_an_award_names_no_time(text: str) -> None:
    assert tag_text(text, DCT) == []


@pytest.mark.parametrize(("text", "span"), [
    ("It was the worst storm of the year.", "the year"),
    ("Sales were the highest of the month.", "the month"),
    ("He was the best player in the league this year.", "this year"),
])
def test_the_unit_after_other_nouns_stays(text: str, span: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == [span]

"""A count of times in words before "a <unit>" or a recurrence adverb joins the set's span, as
"twice a week" and "three times weekly" do, for any count ("eight times a year")."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 7, 14)

CASES = [
    ("The Kelby council meets eight times a year.", "eight times a year", "P1Y"),
    ("Nurses at Osk Ward check the pumps ten times a day.", "ten times a day", "P1D"),
    ("The Dallow ferry sails twenty-four times a week in summer.",
     "twenty-four times a week", "P1W"),
    ("Doses are given six times daily at the Pemberly clinic.", "six times daily", "P1D"),
    ("The Tarvin choir rehearses eleven times per month.", "eleven times per month", "P1M"),
    ("The board meets twice a week.", "twice a week", "P1W"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_count_of_times_joins_the_set(text: str, span: str, value: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got[span] == ("SET", value)

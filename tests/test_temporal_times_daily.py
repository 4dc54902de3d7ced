"""A count of times before a recurrence adverb ("twice daily", "three times weekly", "once
monthly") belongs to the SET's span, as it does in "twice a week"; the adverb alone keeps its
span (session 7, whole documents). Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 2)

CASES = [
    ("The ferry sails twice daily in the low season.", "twice daily", "P1D"),
    ("The committee meets twice weekly until the vote.", "twice weekly", "P1W"),
    ("Doses are given three times daily.", "three times daily", "P1D"),
    ("Bins are emptied once weekly.", "once weekly", "P1W"),
    ("The bulletin is published daily.", "daily", "P1D"),
    ("Rents are paid monthly, the agent said.", "monthly", "P1M"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_the_count_of_times_joins_the_set(text: str, span: str, value: str) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert found.get(span) == ("SET", value)


def test_a_count_in_another_sentence_stays_out() -> None:
    text = "The pumps failed twice. Daily checks began."
    assert [m.text for m in tag_text(text, DCT) if "wice" in m.text] == []

"""A participle before "through"/"thru" is a state, as before "until" ("will stay closed
through Friday"): the verb group further left decides the tense (session 10, unseen
newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Schools in Varne will stay closed through Tuesday.", "Tuesday", "2022-05-10"),
    ("The coast road will remain blocked through Monday, the county said.", "Monday",
     "2022-05-09"),
    ("The Orrin bridge will stay closed thru Wednesday.", "Wednesday", "2022-05-11"),
    # a past verb group of its own: behind, as before
    ("The museum was closed through Thursday for repairs.", "Thursday", "2022-05-05"),
    ("Banks in Kessel stayed closed through Tuesday.", "Tuesday", "2022-05-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_state_through_a_weekday(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

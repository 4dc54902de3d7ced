"""A scheduled-event word ("debate", "opening", "launch") right after a participle that follows
a determiner, one word apart at most ("their only televised debate", "the long-delayed
opening"), is a noun, not the clause's present verb that would send a weekday ahead
(session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("The two mayors met for their only televised debate Thursday night.", "Thursday night",
     "2022-05-05TNI"),
    ("Hundreds of residents attended the long-delayed opening Friday.", "Friday", "2022-05-06"),
    ("Crowds gathered at Port Ellis for a much-anticipated launch Wednesday.", "Wednesday",
     "2022-05-04"),
    # a subject before the verb, or an explicit future: ahead, as before
    ("The newly elected council meets Tuesday.", "Tuesday", "2022-05-10"),
    ("The two mayors will meet for a televised debate Tuesday.", "Tuesday", "2022-05-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_participle_before_an_event_noun(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

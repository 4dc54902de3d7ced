"""A scheduled-event word in its bare form after "a"/"an"/"another"/"each"/"every" and one
modifier ("a budget vote", "an Easter visit"), or two ("a key budget vote"), is a noun: a verb
after a singular subject would agree ("votes"), so it is no present tense that sends a bare
weekday ahead (session 16, blind newswire tune half)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("The premier lost a budget vote in the assembly on Wednesday.", "Wednesday", "2022-05-04"),
    ("Dock workers held a snap vote at the harbour Thursday.", "Thursday", "2022-05-05"),
    ("The envoy cut short an Easter visit to Marlow on Tuesday.", "Tuesday", "2022-05-03"),
    ("Councillors forced another budget debate in Kestrel Hall on Monday.", "Monday",
     "2022-05-02"),
    ("The cabinet survived a second confidence vote on Friday.", "Friday", "2022-05-06"),
    # agreeing verbs, plural subjects and explicit futures stay ahead
    ("A jury decides on Tuesday.", "Tuesday", "2022-05-10"),
    ("A dozen delegates vote Tuesday.", "Tuesday", "2022-05-10"),
    ("The union members vote on Tuesday.", "Tuesday", "2022-05-10"),
    ("A panel will vote on Tuesday.", "Tuesday", "2022-05-10"),
    ("A few shareholders vote on Tuesday.", "Tuesday", "2022-05-10"),
    ("Every branch votes on Tuesday.", "Tuesday", "2022-05-10"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_singular_event_noun_is_no_present_verb(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

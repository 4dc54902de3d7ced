"""A weekday in an "after <gerund>" clause ("will face a run-off on Saturday after falling short
of a majority in Sunday's first round") names the earlier event, told as done: the clause reads
as past whatever the main verb's tense; the main clause's own weekday keeps its reading
(session 12, newswire). Invented sentences, published Wednesday 27 June 2012."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2012, 6, 27)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Orsolya Venn will face a run-off on Saturday after falling short of a majority "
     "in Sunday's first round.", [("Saturday", "2012-06-30"), ("Sunday", "2012-06-24")]),
    ("The council will vote again on Friday after rejecting the harbour plan on Monday.",
     [("Friday", "2012-06-29"), ("Monday", "2012-06-25")]),
    # no gerund: the future reads ahead as before
    ("The council will vote on Friday and again on Monday.",
     [("Friday", "2012-06-29"), ("Monday", "2012-07-02")]),
])
def test_after_gerund_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

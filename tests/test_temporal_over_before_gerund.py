""""over" and a count before "before"/"after" and a gerund ("questioned the bidders over three
weeks before deciding") means during, as after any object: "before <gerund>" leads a clause of
a later event, no offset, so "over" stays out of the span; "over a year before the vote" and
"over two years ago" stay offsets, "more than" (session 12, newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import DCT, found

CASES = [
    ("The board will question the bidders over three weeks before deciding.",
     [("three weeks", "P3W", "")]),
    ("Judges debated for about six hours over three days before ruling on the appeal.",
     [("about six hours", "PT6H", "APPROX"), ("three days", "P3D", "")]),
    ("Crews tested the pumps over four days after finishing the dam.",
     [("four days", "P4D", "")]),
    # an offset keeps "over" as "more than"
    ("The Tarrow mill shut over two years ago.", [("over two years ago", "2020", "")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_over_before_a_gerund(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, DCT, "text", "value", "mod") == expected

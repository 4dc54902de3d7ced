""""over" before a counted length means "more than" (and joins the span, MORE_THAN) only
after a word that makes the length the thing measured ("lasted over a week", "in over a
year", "for over a decade", "served over five years") or before "ago"; after an object or a
change ("killed 900 people over five months", "cut by a third over four years", "repaid
over five years") it means during, a preposition outside the span (session 10, unseen
newswire; TimeBank's "can be used over [three years]")."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

CASES = [
    ("The fever killed about 900 people in the Kivo valley over five months.",
     [("five months", "P5M", "")]),
    ("Halvard would cut the coal levy by a third over four years.",
     [("four years", "P4Y", "")]),
    ("The harbour loans will be repaid over ten years.", [("ten years", "P10Y", "")]),
    # "more than": in the span, as before
    ("The Orrin strike lasted over five months.", [("over five months", "P5M", "MORE_THAN")]),
    ("Shares hit their highest level in over a year.", [("over a year", "P1Y", "MORE_THAN")]),
    ("Marta Venn served over six years in the assembly.",
     [("over six years", "P6Y", "MORE_THAN")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_over_before_a_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, None, "text", "value", "mod") == expected

"""A recurrence word right before the subject's simple past ("a bill to let tenants pay rent
monthly died in committee") is the adverb of the verb before it, a SET, as at a clause's end;
after a determiner or a possessive it is a periodical, a noun ("a travel monthly sold out")
(session 12, newswire). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2000, 6, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("A bill to let tenants in Harrow Vale pay rent monthly died in committee.",
     [("monthly", "P1M")]),
    ("Growers who met weekly went back to their fields.", [("weekly", "P1W")]),
    ("Dues collected yearly rose by a third.", [("yearly", "P1Y")]),
    # a periodical
    ("A travel monthly sold out within hours.", [("hours", "PTXH")]),
    ("Its weekly ran a long story on the dam.", []),
])
def test_set_adverb_before_a_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

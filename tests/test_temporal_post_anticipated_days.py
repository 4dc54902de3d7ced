"""A post looking forward to an event ("can't wait", "been waiting ages for this", "so
excited", "outfit planned") makes its lower-case verbless weekday the coming one; the
post's own "excited", "planned" are no past; a past verb in the weekday's clause, or no such
word, keeps the news reading (session 13; Wednesday 14 May 2025)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2025, 5, 14)

CASES = [
    ("the Pale Otters in leeds sat night!! cant wait", "sat night", "2025-05-17TNI"),
    ("Marrow Kings at the Corn Hall friday!!! so excited", "friday", "2025-05-16"),
    ("harbour fireworks sun nite, been waiting ages for this. outfit planned",
     "sun nite", "2025-05-18TNI"),
    ("the Pale Otters in leeds sat nite!!! best gig of my life", "sat nite", "2025-05-10TNI"),
    ("the Pale Otters played leeds sat nite!!! cant wait for the next one", "sat nite",
     "2025-05-10TNI"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_post_anticipated_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

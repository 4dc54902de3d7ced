"""A post's plan (session 15, round 3): a lower-case weekday after a present progressive of a
plan's verb (doing, meeting, hosting, playing...) with more words between than the tense reads
("jo and i are doing the lantern walk at the priory on friday!"), or after such a gerund opening
the post with no subject ("meeting dev at the ice rink tuesday night"), is still to come. A past
clause, a capitalised weekday and a gerund that is a subject keep their readings."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2025, 1, 15)  # a Wednesday

AHEAD = [
    ("jo and i are doing the lantern walk at the priory on friday!", "2025-01-17"),
    ("meeting dev at the ice rink tuesday night", "2025-01-21TNI"),
    ("we're hosting the big pub quiz at the legion on saturday, come", "2025-01-18"),
    ("hosting a little bake sale outside the chapel monday 🧁", "2025-01-20"),
    ("the twins are playing their first gig at the boathouse sunday", "2025-01-19"),
]


@pytest.mark.parametrize("text,value", AHEAD)
def test_a_posts_plan_names_a_day_ahead(text: str, value: str) -> None:
    assert [v for _, v in found(text, WED)] == [value]


KEPT = [
    ("was meeting dev at the ice rink tuesday night", "2025-01-14TNI"),
    ("i met dev at the ice rink tuesday night", "2025-01-14TNI"),
    ("doing nothing at all on monday was bliss", "2025-01-13"),
    ("meeting got cancelled on monday, typical", "2025-01-13"),
]


@pytest.mark.parametrize("text,value", KEPT)
def test_past_plans_stay_behind(text: str, value: str) -> None:
    assert [v for _, v in found(text, WED)] == [value]

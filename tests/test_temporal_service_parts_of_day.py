"""A part of day after "the" before a service or a shift (bus, train, tram, ferry, flight,
shift, coach) names the service, even after "on" or "off": no time ("valid on the night bus",
"worked the morning shift"); after another preposition, or with a day of its own, it stays a
time (session 12; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "The Owl Pass is valid on the night tram too.",
    "fell asleep on the night bus again 🙃",
    "she covers the morning shift at the bakery",
    "got off the evening ferry at Dunmere",
]

FOUND = [
    ("In the morning, trams were late", ("the morning", "2024-03-13TMO")),
    ("tomorrow night bus home?", ("tomorrow night", "2024-03-14TNI")),
    ("on the night of the storm", ("the night", "2024-03-13TNI")),
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_service_untagged(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text,expected", FOUND)
def test_time_kept(text: str, expected: tuple) -> None:
    assert expected in found(text, WED)

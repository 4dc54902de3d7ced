"""A post's approximate hour ("9ish", "6ish", "7:30ish tonight") after a word that leads into a
time (a preposition, "@", a verb of starting or meeting, a meal or an outing) is a clock time
with mod APPROX, as "noon-ish" is; a meal or an outing of the evening ("dinner 8ish", "drinks
9ish") sets the evening; "size 12ish" and an age ("she's 9ish") stay untagged (Wednesday 13
March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("back by 6ish if the trains behave", "6ish", "2024-03-13T18:00"),
    ("dinner 8ish? the usual table", "8ish", "2024-03-13T20:00"),
    ("drinks 9ish tonite at the boathouse", "9ish tonite", "2024-03-13T21:00"),
    ("car boot opens 7ish, get there early", "7ish", "2024-03-13T07:00"),
    ("brunch 11ish at the lido cafe", "11ish", "2024-03-13T11:00"),
]

UNTAGGED = [
    "these boots are a size 12ish",
    "her little one is 9ish now?",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_approximate_hour(text: str, span: str, value: str) -> None:
    m = [x for x in found(text, WED, "text", "value", "mod") if x[0] == span]
    assert m == [(span, value, "APPROX")]


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_approximate_hour_untagged(text: str) -> None:
    assert [s for s, _ in found(text, WED) if s.endswith("ish")] == []

"""A post's bare hour after "@" where it ends its phrase ("beer garden @ 6, who's in?") is a
clock time read as "at 6" is (one to six p.m.); a price, a rate, a score or a handle after
"@" stays untagged (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("quiz at the ferry inn @ 6, who's in?", "6", "2024-03-13T18:00"),
    ("band practice @ 4 then chippy", "4", "2024-03-13T16:00"),
    ("car boot opens @ 9.", "9", "2024-03-13T09:00"),
    ("meet by the clock tower @ 11 sharp", "11", "2024-03-13T11:00"),
]

UNTAGGED = [
    "scones 2 for £3 @ 6 each",
    "mortgage fixed @ 5%, ouch",
    "shoutout to @6towns for the mix",
    "we're @ 3-1 up at the break",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_at_sign_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_at_sign_untagged(text: str) -> None:
    assert found(text, WED) == []

"""Posts' "rn" ("right now") and "atm" ("at the moment") are the present, PRESENT_REF as "now"
is: in lower case, ending a clause or before a word that opens one; a cash machine or a
nurse ("the atm", "an rn", "atm fees", "RN", "ATM") stays untagged (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    "repainting the shed rn",
    "rn i just want chips",
    "so skint atm lol",
    "the ferry is stuck outside the harbour atm.",
    "what r u up to rn?",
    "hailing atm, typical april",
]

UNTAGGED = [
    "the atm swallowed my card again",
    "the only atm in Brackwell is broken",
    "atm fees are daylight robbery",
    "she qualified as an rn last spring",
    "ATM out of order",
    "RN wanted for the night ward",
]


@pytest.mark.parametrize("text", FOUND)
def test_post_now_abbreviation(text: str) -> None:
    word = "rn" if " rn" in f" {text}" else "atm"
    assert (word, "PRESENT_REF") in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_now_abbreviation_untagged(text: str) -> None:
    assert [m for m in found(text, WED) if m[0].lower() in ("rn", "atm")] == []

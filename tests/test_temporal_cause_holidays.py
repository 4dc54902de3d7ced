"""A lower-case "thanksgiving" after a cause's "of" ("because of thanksgiving", a post's "bc
of thanksgiving") names the holiday; after another "of" it stays the act of giving thanks
(session 12, round 2) (Mon 18 Nov 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 11, 18)

HOLIDAY = [
    "short week bc of thanksgiving 🙌",
    "the Orrin Road branch closes early because of thanksgiving",
    "no deliveries b/c of thanksgiving, sorry",
    "flights are a nightmare cuz of thanksgiving",
]

ACT = [
    "a service of thanksgiving at St Brannock's",
    "prayers of thanksgiving for the rescued crew",
]


@pytest.mark.parametrize("text", HOLIDAY)
def test_holiday_after_cause(text: str) -> None:
    assert ("thanksgiving", "2024-11-28") in found(text, MON)


@pytest.mark.parametrize("text", ACT)
def test_act_after_of(text: str) -> None:
    assert found(text, MON) == []

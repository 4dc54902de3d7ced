"""A holiday with a part of day after it is that part of the holiday's day, one TIME ("xmas
morning" = XXXX-12-25TMO, "new year's eve night" TNI), its year chosen as for the holiday
alone; a thing named after the holiday's night or morning ("the christmas night market", "a
boxing day morning shift") keeps the holiday alone (session 11). Sentences written for this
project (Monday 23 December 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

MON = date(2024, 12, 23)

FOUND = [
    ("stockings hung, xmas morning at ours will be chaos", "xmas morning", "2024-12-25TMO"),
    ("christmas eve night in Pellan with the cousins 🎄", "christmas eve night",
     "2024-12-24TNI"),
    ("boxing day afternoon walk along the Marl, who's coming?", "boxing day afternoon",
     "2024-12-26TAF"),
    ("new year's eve night at the Gull, tickets £10", "new year's eve night", "2024-12-31TNI"),
    ("The Tolley choir will sing on Christmas morning.", "Christmas morning", "2024-12-25TMO"),
]

HOLIDAY_ALONE = [
    ("the christmas night market in Marl is heaving", "christmas", "2024-12-25"),
    ("picked up a boxing day morning shift at the cafe", "boxing day", "2024-12-26"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_holiday_with_a_part_of_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, MON)


@pytest.mark.parametrize("text,span,value", HOLIDAY_ALONE)
def test_a_thing_named_after_the_holiday_part(text: str, span: str, value: str) -> None:
    assert found(text, MON) == [(span, value)]

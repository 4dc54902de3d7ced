""""every"/"each" before a weekday's abbreviation, as posts write it ("every fri", "each
Tues"), is a weekly SET as "every Friday" is; "every sun-drenched day" names no weekday
(Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("pub quiz every fri at the boathouse", "every fri", "XXXX-WXX-5"),
    ("bins go out every Tues.", "every Tues", "XXXX-WXX-2"),
    ("each wed we swim at the lido", "each wed", "XXXX-WXX-3"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_every_weekday_abbreviation(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


def test_every_sun_drenched_day_untagged() -> None:
    assert found("every sun-drenched afternoon on the pier", WED) == []

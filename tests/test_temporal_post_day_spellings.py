"""Posts' day words before a part of day ("tmrw morning", "2moro nite", "yday morning"), their
parts of day after a day word ("this arvo", "fri nite") and "2day" are those times; a bare
"nite" ("at nite", "nite nite") is no more a time than a bare "night" is (Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("ferry to the island tmrw morning, can't wait", "tmrw morning", "2024-03-14TMO"),
    ("Tmrw morning is the big clean", "Tmrw morning", "2024-03-14TMO"),
    ("2moro nite is quiz nite at the boathouse", "2moro nite", "2024-03-14TNI"),
    ("footy in the park this arvo if it stays dry", "this arvo", "2024-03-13TAF"),
    ("yday morning the bins never came", "yday morning", "2024-03-12TMO"),
    ("karaoke fri nite, who's in", "fri nite", "2024-03-15TNI"),
    ("2day is pancake practice", "2day", "2024-03-13"),
]

UNTAGGED = [
    "nite nite everyone x",
    "the fox only comes out at nite",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_day_spelling(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_day_spelling_untagged(text: str) -> None:
    assert found(text, WED) == []

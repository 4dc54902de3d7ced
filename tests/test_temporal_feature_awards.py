"""A regular feature's subject before "of the day/week/month/year" ("Object of the week",
"Recipe of the month", "pet of the day") names the feature, as "player of the year" names an
award: no time; a superlative's "of the week" stays one (session 12; Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

UNTAGGED = [
    "Artefact of the week: a bronze pin from the Cullen barrow.",
    "Recipe of the month is a nettle soup 🍲",
    "Our pet of the day is Pickle the tortoise",
    "Bird of the year voting is open",
]


@pytest.mark.parametrize("text", UNTAGGED)
def test_feature_untagged(text: str) -> None:
    assert found(text, WED) == []


@pytest.mark.parametrize("text", ["the biggest deal of the year so far",
                                  "the best goal of the week"])
def test_superlatives_kept(text: str) -> None:
    assert len(found(text, WED)) == 1

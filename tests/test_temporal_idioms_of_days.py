"""More idioms built on time words that name no time (session 10): "a day of reckoning",
"saved/carried/seized the day", "one of these days", "back to the future" (also the film, in
lower case). DCT Saturday 2022-05-07."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

IDIOMS = [
    "Economists predict a day of reckoning for the lenders.",
    "The reserve keeper saved the day with two stops.",
    "Her closing speech carried the day in the chamber.",
    "Seize the day, the coach told his players.",
    "One of these days, the old pier will collapse.",
    "The mayor called the plan a step back to the future.",
    "rewatching back to the future with my nan",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_name_no_time(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("These days, few people post letters.", ("These days", "PRESENT_REF")),
    ("Rescuers worked through the day to save the cattle.", ("the day", "2022-05-07")),
    ("The hearing is set for the day after the vote.", ("the day after", "2022-05-08")),
]


@pytest.mark.parametrize("text,mention", TIMES)
def test_times_beside_idioms_stay(text: str, mention: tuple) -> None:
    assert mention in found(text)

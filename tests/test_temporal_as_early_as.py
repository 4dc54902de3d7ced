""""as early as <weekday>", "as soon as <weekday>" name the earliest time something may happen:
ahead, as a deadline is, after a weaker future ("could be lifted as early as Friday"); told in
the past they stay behind (session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Evacuation orders in Pell Valley could be lifted as early as Monday evening, the sheriff "
     "said.", "Monday evening", "2022-05-09TEV"),
    ("A vote on the Orrin levy could come as soon as Wednesday.", "Wednesday", "2022-05-11"),
    # told as past, or no "as early as": as before
    ("Crews began arriving in Pell Valley as early as Tuesday.", "Tuesday", "2022-05-03"),
    ("A vote on the Orrin levy could come Wednesday.", "Wednesday", "2022-05-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_as_early_as_a_weekday(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

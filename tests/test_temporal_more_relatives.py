"""A part of a day named by its number ("the night of the 14th"), a weekday two back ("the
Friday before last"), the publication day a unit back or on ("this time last year"), and the
chat spellings "wk", "wknd" (DCT Saturday 2022-05-07, ISO week 2022-W18)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    ("Looters struck on the night of the 3rd.", "the night of the 3rd", "2022-05-03TNI"),
    ("The vote is on the morning of the 12th.", "the morning of the 12th", "2022-05-12TMO"),
    ("We last spoke the Tuesday before last.", "the Tuesday before last", "2022-04-26"),
    ("Wednesday before last", "Wednesday before last", "2022-04-27"),
    ("Sales are up on this time last year.", "this time last year", "2021-05-07"),
    ("Check back this day next week.", "this day next week", "2022-05-14"),
    ("party next wknd!!", "next wknd", "2022-W19-WE"),
    ("swamped all last wk", "last wk", "2022-W17"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_more_relative_forms(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

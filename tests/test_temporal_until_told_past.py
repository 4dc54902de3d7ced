"""A state told in the past whose end is an announced time ("warnings were in effect until
7 a.m. Friday", "ferries were suspended until noon Saturday"): the state still runs, so that
weekday lies ahead; a completed past ("lasted", "had been") or a bare weekday stays as before
(session 10, round 3)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

# DCT: Saturday 7 May 2022
CASES = [
    ("Gale warnings were in effect until 6 a.m. Monday along the Orrin coast.",
     "6 a.m. Monday", "2022-05-09T06:00"),
    ("Ferries to Kessel Island were suspended until noon Tuesday, the operator said.",
     "noon Tuesday", "2022-05-10T12:00"),
    ("The Dunmore bridge was closed till Sunday night for repairs.", "Sunday night",
     "2022-05-08TNI"),
    ("A curfew was in force until 5 a.m. Wednesday in Pell Valley.", "5 a.m. Wednesday",
     "2022-05-11T05:00"),
    # a completed past, a pluperfect or a bare weekday: as before
    ("The Marlow talks lasted until 2 a.m. Thursday, delegates said.", "2 a.m. Thursday",
     "2022-05-05T02:00"),
    ("The bridge had been closed until 6 a.m. Wednesday, when crews reopened it.",
     "6 a.m. Wednesday", "2022-05-04T06:00"),
    ("The Dunmore bridge was closed until Wednesday, when crews reopened it.", "Wednesday",
     "2022-05-04"),
    ("Gale warnings were issued at 6 a.m. Monday along the Orrin coast.", "6 a.m. Monday",
     "2022-05-02T06:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_state_told_past_until_a_timed_weekday(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

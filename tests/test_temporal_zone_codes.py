"""Zone codes after a clock time join its span as "GMT" and "ET" do: US Mountain Time "MT",
and the Asia-Pacific codes news wires use ("HKT", "SGT", "NZST", "NZDT", "AWST"); the value
keeps the local clock (only GMT/UTC write a Z) (session 7, whole documents). Sentences written
for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 2)  # a Monday

CASES = [
    ("The evacuation order took effect at 2 p.m. MT.", "2 p.m. MT", "2016-05-02T14:00"),
    ("Polls close at 8 p.m. MT on Tuesday.", "8 p.m. MT on Tuesday", "2016-05-03T20:00"),
    ("Markets reopened at 09:30 HKT on Monday.", "09:30 HKT on Monday", "2016-05-02T09:30"),
    ("The tremor struck at 04:10 NZST.", "04:10 NZST", "2016-05-02T04:10"),
    ("Trading was halted at 1430 SGT.", "1430 SGT", "2016-05-02T14:30"),
    ("Ballots close at 6 p.m. ET.", "6 p.m. ET", "2016-05-02T18:00"),
]

#: "mt" after a four-digit number is metric tonnes, not Mountain Time.
NOT_ZONES = [
    ("Exports reached 1430 mt of steel.", "1430 mt"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_zone_code_joins_the_clock_time(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}.get(span) == value


@pytest.mark.parametrize(("text", "span"), NOT_ZONES)
def test_tonnes_are_no_zone(text: str, span: str) -> None:
    assert span not in {m.text for m in tag_text(text, DCT)}

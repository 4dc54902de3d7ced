"""Posts' clock times: "noon-ish" (noon, APPROX), a bare hour after a verb of starting ("the
parade starts at 2") or after "at"/"@" with a "later" cue ("@ 7 l8r"), and "happy 4th" on the
day it names; a count after "start at" and a birthday's "happy 21st" stay untagged (Saturday
15 October 2022 unless given)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

SAT = date(2022, 10, 15)

FOUND = [
    ("lunch at the allotment from noon-ish, bring a flask", SAT, "noon-ish",
     "2022-10-15T12:00", "APPROX"),
    ("the lantern parade starts at 2, get there early", SAT, "2", "2022-10-15T14:00", ""),
    ("carol singers start at 6 and we have no mince pies", SAT, "6", "2022-10-15T18:00", ""),
    ("bonfire on the green @ 8 l8r then chips", SAT, "8", "2022-10-15T20:00", ""),
    ("we meet at 9 later by the fountain", SAT, "9", "2022-10-15T21:00", ""),
    ("happy 14th!! parade down the high street at noon", date(2022, 7, 14), "14th",
     "2022-07-14", ""),
]

UNTAGGED = [
    ("tickets start at 5 dollars for members", SAT),
    ("the scale starts at 10 percent", SAT),
    ("happy 21st to my little brother!!", date(2022, 10, 9)),
    ("happy 4th birthday to my niece", date(2022, 10, 4)),
]


@pytest.mark.parametrize("text,dct,span,value,mod", FOUND)
def test_post_clock_time(text: str, dct: date, span: str, value: str, mod: str) -> None:
    m = mention(text, span, dct=dct)
    assert (m.value, m.mod) == (value, mod), m.explanation


@pytest.mark.parametrize("text,dct", UNTAGGED)
def test_counts_and_birthdays_stay_untagged(text: str, dct: date) -> None:
    assert [m.text for m in tag_text(text, dct)] == []

"""A post's bare hour after "by", "before", "b4", "til", "till", "until" (as after "at" and
"from"), ending its phrase, is a clock time when the post names a plan, an outing, a day or
another time anywhere in it, not only in the hour's sentence ("night shift over at 7:30am.
no calls b4 3"); a score's margin ("won by 3"), a count ("2 by 2") and a post naming nothing
of the kind stay untagged (session 13; Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    # another clock time in the post, in another sentence
    ("night shift over at 7:30am. pls no calls b4 3 🙏", "3", "2024-03-13T15:00"),
    ("2am and still writing this essay. seminar at 10 😭", "10", "2024-03-13T10:00"),
    # an outing's word in the post
    ("movie night at ours, get here by 7 pls", "7", "2024-03-13T19:00"),
    ("quiz tonight at the Crooked Spoon. teams in before 8!", "8", "2024-03-13T20:00"),
    # a day named in another sentence
    ("bin day tomorrow!! put the recycling out before 7", "7", "2024-03-14T07:00"),
    ("Cricket update: 212/6 at lunch. Drizzle expected from 4.", "4", "2024-03-13T16:00"),
    # a plan's noun before "at"
    ("ugh, physics lectures at 11. send coffee", "11", "2024-03-13T11:00"),
]

UNTAGGED = [
    "we won by 3 today!!",
    "tonight the Harriers beat the Owls by 2.",
    "party tonight, everyone walks in 2 by 2.",
    "what's 64 divided by 8",
    "my nan turned 90 and still beat me by 4.",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_deadline_hour(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED), found(text, WED)


@pytest.mark.parametrize("text", UNTAGGED)
def test_no_clock_time(text: str) -> None:
    assert not [m for m in found(text, WED) if m[0].isdigit()], found(text, WED)

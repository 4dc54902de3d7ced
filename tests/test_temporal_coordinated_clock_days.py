"""A bare clock time coordinated with a clock time and its day by "and" and a verb of the same
subject ("will open at 7 a.m. and close at 8 p.m. on Saturday") falls on that day, in the past
too, when it comes first on that day; a later hour first ("shuts at 10 p.m. and reopens at 5
a.m. on Friday") and a new subject after "and" ("and the museum opens at ...") keeps its own reading
(session 12, newswire). Invented sentences, published Wednesday 27 June 2012."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_temporal_helpers import found

DCT = date(2012, 6, 27)


@pytest.mark.parametrize(("text", "expected"), [
    ("Polling stations in Varna Bay will open at 7 a.m. and close at 8 p.m. on Saturday.",
     [("7 a.m.", "2012-06-30T07:00"), ("8 p.m. on Saturday", "2012-06-30T20:00")]),
    ("The ferry leaves at 6 a.m. and will return at 9 p.m. on Friday.",
     [("6 a.m.", "2012-06-29T06:00"), ("9 p.m. on Friday", "2012-06-29T21:00")]),
    ("The gates opened at 7 a.m. and shut at 11 p.m. on Saturday.",
     [("7 a.m.", "2012-06-23T07:00"), ("11 p.m. on Saturday", "2012-06-23T23:00")]),
    # a later hour first cannot share the day in the order told
    ("The bridge shuts at 10 p.m. and reopens at 5 a.m. on Friday.",
     [("10 p.m.", "2012-06-27T22:00"), ("5 a.m. on Friday", "2012-06-29T05:00")]),
    # another subject: no shared day
    ("The shop opens at 9 a.m. and the museum opens at 10 a.m. on Sunday.",
     [("9 a.m.", "2012-06-27T09:00"), ("10 a.m. on Sunday", "2012-07-01T10:00")]),
])
def test_coordinated_clock_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, DCT) == expected

"""A zone named in words after a clock time ("Pacific time", "Eastern Time", "New York time",
"Central European Time") belongs to the clock time's span, so a weekday after it sets its day,
as after "GMT" or "local time"; a capitalised "The time" or "Time Warner" after it does not."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 11, 29)  # a Monday

ZONES = [
    ("Ballots are due by 8 p.m. Pacific time on Tuesday.",
     "8 p.m. Pacific time on Tuesday", "2021-11-30T20:00"),
    ("The hearing resumes at 10 a.m. Eastern Time Thursday.",
     "10 a.m. Eastern Time Thursday", "2021-12-02T10:00"),
    ("The jet touched down at 6:40 a.m. New York time on Saturday.",
     "6:40 a.m. New York time on Saturday", "2021-11-27T06:40"),
    ("The alarm sounded at 11 a.m. Central European Time on Friday.",
     "11 a.m. Central European Time on Friday", "2021-11-26T11:00"),
    ("Markets reopened at 9 a.m. Hong Kong time.", "9 a.m. Hong Kong time", "2021-11-29T09:00"),
    ("The page was updated at 18:00 UK time on Saturday.", "18:00 UK time on Saturday",
     "2021-11-27T18:00"),
]

NOT_ZONES = [
    ("The doors shut at 5 p.m. The time for talks was over.", "5 p.m.", "2021-11-29T17:00"),
    ("The deal closed at 4 p.m. Time Warner shares rose.", "4 p.m.", "2021-11-29T16:00"),
    ("He left at 5 p.m. and time passed slowly.", "5 p.m.", "2021-11-29T17:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), ZONES)
def test_zone_names_join_the_clock_time(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), NOT_ZONES)
def test_other_capitalised_time_words_stay_out(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]

"""Posts' clock times joined to their day (session 11): a bare hour after "at" before
"tomorrow" ("tmrw", "2moro") is one TIME on the next day, its half of the day from the post's
words as a bare hour's ("wake me" is the morning's); an "H.MM" right before "tonight"
("tonite", "2nite") is a clock time of the evening; a lower-case "sat", "sun", "wed" right
after a clock time with its am/pm, ending its phrase, is that weekday ("kick off 3pm sat"),
not the verb ("at 3pm sat down"). Sentences written for this project (Wednesday 13 March
2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

FOUND = [
    ("ok back at the allotment at 10 tmrw", "10 tmrw", "2024-03-14T10:00"),
    ("drinks at the Gull at 8 2moro?", "8 2moro", "2024-03-14T20:00"),
    ("wake me at 5 tmrw pls, ferry's early", "5 tmrw", "2024-03-14T05:00"),
    ("The Marl ferry will sail at 11 tomorrow.", "11 tomorrow", "2024-03-14T11:00"),
    ("bingo 7.30 tonight, eyes down", "7.30 tonight", "2024-03-13T19:30"),
    ("quiz kicks off 8.15 2nite", "8.15 2nite", "2024-03-13T20:15"),
    ("five-a-side 3pm sat ⚽ need a keeper", "3pm sat", "2024-03-16T15:00"),
    ("car boot at Pellan farm 7am sun!", "7am sun", "2024-03-17T07:00"),
]

KEPT = [
    ("Tolley shares rose 1.25 this morning.", [("this morning", "2024-03-13TMO")]),
    ("the vicar at 3pm sat down with the choir", [("3pm", "2024-03-13T15:00")]),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_clock_with_its_day(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


@pytest.mark.parametrize("text,expected", KEPT)
def test_figures_and_verbs_stay_apart(text: str, expected: list) -> None:
    assert found(text, WED) == expected


@pytest.mark.parametrize("text,span,value", [
    ("bonfire on the green tonight 7pm 🔥", "tonight 7pm", "2024-03-13T19:00"),
    ("open mic this evening 8pm, Gull back room", "this evening 8pm", "2024-03-13T20:00"),
    ("The Pellan lock closes Friday night 11 p.m.", "Friday night 11 p.m.",
     "2024-03-15T23:00"),
])
def test_part_of_day_with_its_day_then_a_clock_time(text: str, span: str, value: str) -> None:
    """A part of day that names its day right before a clock time is one TIME on that day,
    as "tonite 8pm" is (session 11)."""
    assert found(text, WED) == [(span, value)]

"""Session 26's programmes of coming events told in the present in news ("the fete includes a
dog show on Saturday", "the gala on Saturday night features three bands", "the book sale runs
from 9am to 3pm on Saturday"): the day lies ahead; and scores written "N-N" after a result's
word ("won 3-1 last night"), which are no clock times. Every sentence is written for this
project. Each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


# Wednesday 15 May 2024.
WED = date(2024, 5, 15)
# Thursday 9 October 2025.
THU = date(2025, 10, 9)

# --- a programme's present with an event's noun as its subject: the day lies ahead -------------
PROGRAMMES = [
    ("Doors open at 10 a.m. Friday. Highlights include a sheepdog trial at 2 p.m. Saturday and "
     "a vintage tractor parade through the village at 4:30 p.m. Sunday.", WED,
     [("2 p.m. Saturday", "2024-05-18T14:00"), ("4:30 p.m. Sunday", "2024-05-19T16:30")]),
    ("The gala on Saturday night features three brass bands and a youth choir.", WED,
     [("Saturday night", "2024-05-18TNI")]),
    ("The quiz on Friday night features a round on local history.", WED,
     [("Friday night", "2024-05-17TNI")]),
    ("The book sale runs from 9am to 3pm on Saturday, with a raffle at noon.", WED,
     [("9am", "2024-05-18T09:00"), ("3pm on Saturday", "2024-05-18T15:00"),
      ("noon", "2024-05-18T12:00")]),
    ("The Riverside Fair runs from 10am to 5pm on Saturday, with a dog show at 1pm.", WED,
     [("10am", "2024-05-18T10:00"), ("5pm on Saturday", "2024-05-18T17:00"),
      ("1pm", "2024-05-18T13:00")]),
    # a word of recurrence in a phrase of its own after a comma is a part's, not the event's
    ("The craft fair runs from 10am to 4pm on Saturday, with spinning demonstrations every "
     "hour and a talk at 2pm.", WED,
     [("10am", "2024-05-18T10:00"), ("4pm on Saturday", "2024-05-18T16:00"),
      ("2pm", "2024-05-18T14:00")]),
    ("The programme includes a duck race on Sunday afternoon.", WED,
     [("Sunday afternoon", "2024-05-19TAF")]),
    ("The Harbour Regatta includes a rowing race for schools on Sunday.", WED,
     [("Sunday", "2024-05-19")]),
    ("The derby features the two unbeaten sides on Sunday.", WED, [("Sunday", "2024-05-19")]),
    ("The fete runs Saturday and Sunday.", WED,
     [("Saturday", "2024-05-18"), ("Sunday", "2024-05-19")]),
    ("Events include a talk on local birds at 2pm on Saturday.", WED,
     [("2pm on Saturday", "2024-05-18T14:00")]),
    ("The open day on Thursday offers free tours of the lighthouse.", WED,
     [("Thursday", "2024-05-16")]),
    ("The carnival showcases floats from six parishes on Monday.", THU,
     [("Monday", "2025-10-13")]),
    # the publication date's own weekday is that day: the first on or after it
    ("The market on Wednesday evening features street food from six countries.", WED,
     [("Wednesday evening", "2024-05-15TEV")]),
    # must stay: reports of what happened, past programmes, habits, no event's noun
    ("The fair drew 10,000 visitors on Saturday.", WED, [("Saturday", "2024-05-11")]),
    ("The gala on Saturday night featured three brass bands.", WED,
     [("Saturday night", "2024-05-11TNI")]),
    ("Highlights included a sheepdog trial at 2 p.m. Saturday.", WED,
     [("2 p.m. Saturday", "2024-05-11T14:00")]),
    ("The exhibition includes photographs taken on Saturday.", WED, [("Saturday", "2024-05-11")]),
    ("Victims include a woman who was hurt on Saturday.", WED, [("Saturday", "2024-05-11")]),
    ("Police were called at 2 p.m. Saturday and a man was arrested at 11 a.m. Sunday.", WED,
     [("2 p.m. Saturday", "2024-05-11T14:00"), ("11 a.m. Sunday", "2024-05-12T11:00")]),
    ("The show usually features local bands on Saturday.", WED, [("Saturday", "2024-05-11")]),
    ("The market features a farmers' stall on Sunday every week.", WED,
     [("Sunday", "2024-05-12")]),
    ("The carnival showcased floats from six parishes on Monday.", THU,
     [("Monday", "2025-10-06")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), PROGRAMMES)
def test_a_programme_told_in_the_present_looks_ahead(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


# --- a score "N-N" after a result's word is no clock time, even before a day's word ------------
SCORES = [
    ("Harrow Town won 3-1 last night.", WED, [("last night", "2024-05-14TNI")]),
    ("The under-14s beat Kelso 4-2 last night, and the coach was delighted.", WED,
     [("last night", "2024-05-14TNI")]),
    ("Our seconds drew 2-2 this afternoon.", WED, [("this afternoon", "2024-05-15TAF")]),
    ("The motion was carried 9-5 tonight.", WED, [("tonight", "2024-05-15TNI")]),
    ("The netball team lost 11-7 yesterday.", THU, [("yesterday", "2025-10-08")]),
    # must stay: real ranges of clock times before a day's word
    ("The shop is open 9-5 tomorrow.", WED, [("5 tomorrow", "2024-05-16T17:00")]),
    ("Open 10-2 tomorrow.", WED, [("2 tomorrow", "2024-05-16T14:00")]),
    ("Library hours are 10-4 tomorrow.", THU, [("4 tomorrow", "2025-10-10T16:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), SCORES)
def test_a_score_is_no_range_of_clock_times(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)
    if "won" in text or "beat" in text or "drew" in text or "carried" in text \
            or "lost" in text:
        assert all(not k[:1].isdigit() for k in found), found

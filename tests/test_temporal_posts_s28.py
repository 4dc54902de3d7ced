"""Session 28's forms in social posts, found on the tune half of its blind batch of tweets:
lower-case holidays that are other words elsewhere ("remembrance day", "memorial day", St
Patrick's Day without its "day") kept on the day itself, a post's "bank hol", a bare "bank
holiday weekend" opening a post, and bare hours: a "half 8" with no preposition, "since 9" and
a gerund, "from 6 to 7:30", an alarm's hour (a.m., tomorrow's where the post names tomorrow),
and a clock time after "since" never after the publication date.
Every sentence is written for this project; each table holds cases that fail on the code
before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

from summarize.temporal import tag_text

# --- lower-case holidays on their day ----------------------------------------------------
HOLIDAYS = [
    ("happy st pattys from a soggy galway ☘️", date(2019, 3, 17),
     [("st pattys", "DATE", "2019-03-17")]),
    ("happy st patricks everyone!", date(2019, 3, 17), [("st patricks", "DATE", "2019-03-17")]),
    ("remembrance day. poppies on the gate at the war memorial", date(2018, 11, 11),
     [("remembrance day", "DATE", "2018-11-11")]),
    ("grill going all afternoon on memorial day 🇺🇸", date(2019, 5, 27),
     [("memorial day", "DATE", "2019-05-27")]),
    ("no post today, it's bank hol monday", date(2019, 5, 6),
     [("bank hol monday", "DATE", "2019-05-06")]),
    ("bank hol wknd and the rain's back in whitby", date(2019, 4, 19),
     [("bank hol wknd", "DATE", "2019-W16-WE")]),
    ("bank holiday weekend, garden's finally dry 🌷", date(2019, 4, 19),
     [("bank holiday weekend", "DATE", "2019-W16-WE")]),
    # must stay
    ("this bank holiday wknd is a washout", date(2019, 4, 19),
     [("this bank holiday wknd", "DATE", "2019-W16-WE")]),
    ("St Patrick's Day parade at noon", date(2019, 3, 17),
     [("St Patrick's Day", "DATE", "2019-03-17")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), HOLIDAYS)
def test_lower_case_holidays(text, dct, want) -> None:
    found = _found(text, dct)
    for span, kind, value in want:
        assert found.get(span) == (kind, value), (span, found)


@pytest.mark.parametrize(("text", "dct", "span"), [
    ("choir at st patricks cathedral later", date(2019, 3, 17), "st patricks"),
    ("Tickets for St Patrick's Athletic away", date(2019, 3, 17), "St Patrick's"),
    ("happy st pattys!", date(2019, 3, 5), "st pattys"),  # not the day
    ("a remembrance day for the lost sailors", date(2018, 11, 11), "remembrance day"),
    ("remembrance day. poppies everywhere", date(2018, 6, 2), "remembrance day"),
    ("the town held a memorial day for the miners", date(2019, 5, 27), "memorial day"),
    ("we had a holiday weekend in york", date(2019, 4, 19), "holiday weekend"),
    ("Bank Holiday Weekend Sale on all sofas", date(2019, 4, 19), "Bank Holiday Weekend"),
])
def test_lower_case_holidays_stay_out(text, dct, span) -> None:
    assert span not in _found(text, dct)


# --- bare hours in posts -------------------------------------------------------------------
HOURS = [
    ("we're at the Anchor 2nite, on stage half 9 🎸", date(2019, 7, 12),
     [("half 9", "TIME", "2019-07-12T21:30")]),
    ("in the study room since 10 cramming for the stats exam", date(2019, 1, 14),
     [("10", "TIME", "2019-01-14T10:00")]),
    ("pumpkin carving at the hall tonite from 5 to 6:30, then soup", date(2019, 10, 31),
     [("5", "TIME", "2019-10-31T17:00"), ("6:30", "TIME", "2019-10-31T18:30")]),
    ("new job starts tmrw 😬 alarm set for 6 and lunch is packed", date(2019, 9, 1),
     [("6", "TIME", "2019-09-02T06:00")]),
    ("interview is tomorrow and i can't sleep. alarm set for 6am", date(2019, 9, 1),
     [("6am", "TIME", "2019-09-02T06:00")]),
    ("Elm Rd shut until 5am Sunday after a spill. Police on scene since 3pm.",
     date(2019, 8, 10), [("3pm", "TIME", "2019-08-10T15:00"),
                         ("5am Sunday", "TIME", "2019-08-11T05:00")]),
    # must stay
    ("alarm set for 6am ugh", date(2019, 9, 1), [("6am", "TIME", "2019-09-01T06:00")]),
    ("gig at the Anchor 2nite, doors at half 8", date(2019, 7, 12),
     [("half 8", "TIME", "2019-07-12T20:30")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), HOURS)
def test_bare_hours_in_posts(text, dct, want) -> None:
    found = _found(text, dct)
    for span, kind, value in want:
        assert found.get(span) == (kind, value), (span, found)


@pytest.mark.parametrize(("text", "dct", "span"), [
    ("half 8 of the team called in sick 2nite", date(2019, 7, 12), "half 8"),
    ("did two and a half 8 hour shifts 2nite", date(2019, 7, 12), "half 8"),
    ("living here since 9 years ago, moving out today", date(2019, 1, 14), "9"),
    ("the fare went from 8 to 9:50 per trip today", date(2019, 1, 14), "8"),
    ("set the alarm for 7 days of reminders today", date(2019, 9, 1), "7"),
    ("the 7 train was late again today", date(2019, 9, 1), "7"),
    ("we won 3-1 today, unbeaten since 9 matches", date(2019, 9, 1), "9"),
])
def test_bare_hours_stay_out(text, dct, span) -> None:
    assert span not in _found(text, dct)


def test_an_alarm_on_the_calendars_last_day_stays_on_it() -> None:
    """The last day has no tomorrow: the alarm keeps its day instead of overflowing (session 28)."""
    found = {m.text: (m.type, m.value) for m in tag_text(
        "back to school tmrw 😩 alarm set for 7", date.max)}
    assert found.get("7") == ("TIME", "9999-12-31T07:00"), found

"""Session 26's bare clock hours in posts and notices (a club's evening fixtures, "since",
"home around", "if", "latest", a notice's "open <day> 9-5") and a few missed forms ("a week
and a half ago", "the 2nd wk of april", "tues aft"), found on the tune half of its blind
batches; every sentence is written for this project. Each table holds cases that fail on the
code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, str]:
    return {m.text: m.value for m in tag_text(text, dct)}


# Wednesday 13 March 2024.
WED = date(2024, 3, 13)

# --- a post's bare hour: a club's fixture, "since", "home around", "if", "latest" -------------
HOURS = [
    ("Band practice Thurs from 7, all players please", [("7", "2024-03-14T19:00")]),
    ("Dress rehearsal thurs from 7, all cast please", [("7", "2024-03-14T19:00")]),
    ("hockey training moved to tues 5:45 while the astro is relaid",
     [("tues 5:45", "2024-03-19T17:45")]),
    ("netball training moved to thurs 6:30 while the courts are relined",
     [("thurs 6:30", "2024-03-14T18:30")]),
    ("band practice at the hall next tues from 8", [("8", "2024-03-19T20:00")]),
    ("we set off for midnight mass at 11:20", [("11:20", "2024-03-13T23:20")]),
    ("the lads have been setting off fireworks since 7 😩", [("7", "2024-03-13T19:00")]),
    ("quiz at the Swan tonight, home around 11 x", [("around 11", "2024-03-13T23:00")]),
    ("parents evening at school, back about 9", [("about 9", "2024-03-13T21:00")]),
    ("the recycling centre's open today til 5 if anyone needs it", [("5", "2024-03-13T17:00")]),
    ("drinks at Gino's, back by 10 latest", [("10", "2024-03-13T22:00")]),
    ("dinner at mine, home by 7 at the latest", [("7", "2024-03-13T19:00")]),
    ("Book club's round at Priya's next weds from 8, bring nibbles", [("8", "2024-03-20T20:00")]),
    # must stay: a morning word outweighs a fixture; hours already read
    ("Gym at 6 then practice at 7", [("6", "2024-03-13T06:00"), ("7", "2024-03-13T07:00")]),
    ("swim training at 6, then the school run", [("6", "2024-03-13T06:00")]),
    ("drinks at the Feathers from 8 tonight", [("8 tonight", "2024-03-13T20:00")]),
    ("open today til 6", [("6", "2024-03-13T18:00")]),
]


@pytest.mark.parametrize(("text", "want"), HOURS)
def test_a_posts_bare_hour(text, want) -> None:
    found = _found(text, WED)
    for span, value in want:
        assert found.get(span) == value, (span, found)


# --- no clock time where the number is none ----------------------------------------------------
@pytest.mark.parametrize(("text", "absent"), [
    ("i've had a headache since 3", "3"),  # "since" only in an evening out's post
    ("the lads have been setting off rockets since 7 😩", "7"),
    ("won by 3 if we're honest", "3"),
    ("there were about 6 there today", "about 6"),
    ("rooms 2-5 tomorrow", "5 tomorrow"),
    ("the electrician is coming to flats 1-6 tomoz", "6 tomoz"),
    ("open mon-fri 9-5", "9"),
    ("open daily 9-5", "9"),
    ("open 2-1 lead after ten minutes", "2"),
])
def test_no_clock_time(text, absent) -> None:
    assert absent not in _found(text, WED)


def test_a_day_word_after_numbered_things_stays_alone() -> None:
    assert _found("the electrician is coming to flats 1-6 tomoz", WED).get("tomoz") == \
        "2024-03-14"


# --- a notice's opening hours "open <day> 9-5" ----------------------------------------------
OPEN_DASH = [
    ("Open good friday 10-4 for plants and compost 🌷",
     [("good friday 10", "2024-03-29T10:00"), ("4", "2024-03-29T16:00")]),
    ("the shop is open bank holiday monday 10-4!",
     [("bank holiday monday 10", "2024-04-01T10:00"), ("4", "2024-04-01T16:00")]),
    ("Open tomorrow 10-3, free tea", [("tomorrow 10", "2024-03-14T10:00"),
                                      ("3", "2024-03-14T15:00")]),
    ("Café open Saturday 8-2 then closed for the refit",
     [("Saturday 8", "2024-03-16T08:00"), ("2", "2024-03-16T14:00")]),
]


@pytest.mark.parametrize(("text", "want"), OPEN_DASH)
def test_open_day_dash_hours(text, want) -> None:
    found = _found(text, WED)
    for span, value in want:
        assert found.get(span) == value, (span, found)


# --- "<a/one> week/fortnight/day/hour and a half ago", "the 2nd wk of april", "tues aft" -------
FORMS = [
    ("the parcel was sent a week and a half ago", "a week and a half ago", "2024-03-03"),
    ("she rang a day and a half ago", "a day and a half ago", "2024-03-11"),
    ("they left an hour and a half ago", "an hour and a half ago", "2024-03-13"),
    ("the pipe burst a fortnight and a half ago", "a fortnight and a half ago", "2024-02-21"),
    ("we're away the 2nd wk of april", "the 2nd wk of april", "2024-W15"),
    ("can do sat at 10 or tues aft", "tues aft", "2024-03-19TAF"),
    ("free fri aft if you fancy a coffee", "fri aft", "2024-03-15TAF"),
    # must stay: a length, a week of a month in words, a post's "arvo"
    ("the repair took a week and a half", "a week and a half", "P1W3DT12H"),
    ("we booked it the second week of April", "the second week of April", "2024-W15"),
    ("free sun arvo for a walk", "sun arvo", "2024-03-17TAF"),
    ("two and a half years ago", "two and a half years ago", "2021-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), FORMS)
def test_missed_forms(text, span, value) -> None:
    assert _found(text, WED).get(span) == value, _found(text, WED)


@pytest.mark.parametrize("text", ["walk to the aft deck on sunday", "the WK of april"])
def test_no_afternoon_or_week_here(text) -> None:
    found = _found(text, WED)
    assert not any("aft" in k or "WK" in k for k in found), found

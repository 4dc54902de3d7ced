"""Session 24's clock times, days and hedges in notices, alerts and posts of official accounts
(transit, police, weather, venues), found on the tune half of its blind batch of alerts; every
sentence is written for this project, in British, Irish, Australian, Canadian, Indian and US
styles. Each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.type, m.value, m.mod) for m in tag_text(text, dct)}


# Thursday 9 May 2024.
THU = date(2024, 5, 9)

# --- a 24-hour clock time, then a weekday abbreviation: one TIME on that day -------------------
CLOCK_THEN_DAY = [
    ("Engineering works: no trams between Hallam and Stoke Row from 22:30 Sat until 06:00 Mon.",
     [("22:30 Sat", "2024-05-11T22:30"), ("06:00 Mon", "2024-05-13T06:00")]),
    ("Last ferry to the island 23:40 Fri from Berth 2.", [("23:40 Fri", "2024-05-10T23:40")]),
    ("Heritage tram: first departure 10:45 Sat from the museum gates.",
     [("10:45 Sat", "2024-05-11T10:45")]),
    ("Bridge closure to traffic: 21:00 Wed to 05:30 Thurs.",
     [("21:00 Wed", "2024-05-15T21:00")]),
    ("Kick-off brought forward to 12:30 Sun.", [("12:30 Sun", "2024-05-12T12:30")]),
    ("Orange alert for rain, 04:00-19:00 Sun. Avoid low-lying roads.",
     [("04:00", "2024-05-12T04:00"), ("19:00 Sun", "2024-05-12T19:00")]),
    # must stay: a time with no day, the sun, a platform's number
    ("By 14:00 sun will break through the cloud.", [("14:00", "2024-05-09T14:00")]),
    ("Highs of 21C by 15:00, sun and showers later.", [("15:00", "2024-05-09T15:00")]),
    ("Platform 9 at 14:05 for the Bristol service.", [("14:05", "2024-05-09T14:05")]),
    ("Kick off 3pm sat", [("3pm sat", "2024-05-11T15:00")]),
]


@pytest.mark.parametrize(("text", "want"), CLOCK_THEN_DAY)
def test_a_24_hour_clock_then_a_weekday(text, want) -> None:
    found = _found(text, THU)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize("text", [
    "We sat at 14:00 on the bench by the river.",
    "Helpline open 24/7 for anyone affected.",
    "Rovers won 2-1 on the night.",
])
def test_no_day_where_none_is_named(text) -> None:
    assert all("Sat" not in k and "sat" not in k for k in _found(text, THU))


# --- hedges: in the span with APPROX, whatever the hedge and the kind ---------------------------
HEDGES = [
    ("Officers were called to the Quayside at approx 21:40 last night.",
     "approx 21:40 last night", ("TIME", "2024-05-08T21:40", "APPROX")),
    ("A cyclist was struck at approximately 02:10 on Sunday.", "approximately 02:10 on Sunday",
     ("TIME", "2024-05-05T02:10", "APPROX")),
    ("The outage should end at roughly 15:00.", "roughly 15:00",
     ("TIME", "2024-05-09T15:00", "APPROX")),
    ("Diversions add approx 25 mins to journeys.", "approx 25 mins",
     ("DURATION", "PT25M", "APPROX")),
    ("Expect delays of approx. 15 minutes at the toll plaza.", "approx. 15 minutes",
     ("DURATION", "PT15M", "APPROX")),
    ("Queues of circa 40 minutes at the border post.", "circa 40 minutes",
     ("DURATION", "PT40M", "APPROX")),
    ("Showers should ease around midday, says the Bureau.", "around midday",
     ("TIME", "2024-05-09T12:00", "APPROX")),
    ("Sleet turning to snow around noon Friday.", "around noon Friday",
     ("TIME", "2024-05-10T12:00", "APPROX")),
    ("The curfew lifts at about midnight.", "about midnight",
     ("TIME", "2024-05-09T24:00", "APPROX")),
    ("Roadworks finish about 2am.", "about 2am", ("TIME", "2024-05-09T02:00", "APPROX")),
    # must stay: already hedged, or no hedge
    ("The delay is roughly 20 minutes.", "roughly 20 minutes", ("DURATION", "PT20M", "APPROX")),
    ("Gates open at 14:30.", "14:30", ("TIME", "2024-05-09T14:30", "")),
    ("The outage should end at about 15:00.", "15:00", ("TIME", "2024-05-09T15:00", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), HEDGES)
def test_hedges_before_times_and_lengths(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


# --- "12 noon", "12 midnight": one time ---------------------------------------------------
NOON_MIDNIGHT = [
    ("Doors open at 12 noon, entry free.", "12 noon", ("TIME", "2024-05-09T12:00", "")),
    ("The amnesty ends at 12 midnight.", "12 midnight", ("TIME", "2024-05-09T24:00", "")),
    # must stay: "midnight" before "tonight" is its own mention, as session 17's keys have it
    ("The A9 stays closed until midnight tonight.", "midnight",
     ("TIME", "2024-05-09T24:00", "")),
    ("Closed from 6pm tonight.", "6pm tonight", ("TIME", "2024-05-09T18:00", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), NOON_MIDNIGHT)
def test_noon_and_midnight_as_one_time(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


# --- live posts' stamps, "next Sat's", "tomorrow, May 10," -----------------------------------
POSTS = [
    ("UPDATE 16:20: the Harbour Road has reopened in both directions.", "16:20",
     ("TIME", "2024-05-09T16:20", "")),
    ("Update 09:45: trains are running again between Howth and Malahide.", "09:45",
     ("TIME", "2024-05-09T09:45", "")),
    ("UPDATED 11:05: rest centre open at the community hall.", "11:05",
     ("TIME", "2024-05-09T11:05", "")),
    ("Tickets for next Fri's Diwali mela go on sale at the box office.", "next Fri",
     ("DATE", "2024-05-17", "")),
    ("Last Sat's food drive raised $3,000, thank you Saskatoon!", "Last Sat",
     ("DATE", "2024-05-04", "")),
    ("Council offices will be closed tomorrow, May 10, for staff training.", "tomorrow, May 10",
     ("DATE", "2024-05-10", "")),
    ("All branches are shut today, May 9, for the public holiday.", "today, May 9",
     ("DATE", "2024-05-09", "")),
    # must stay: a month-day not in apposition, a verse
    ("Sales rose yesterday, May 8 figures show.", "yesterday", ("DATE", "2024-05-08", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), POSTS)
def test_posts_stamps_possessives_and_appositions(text, span, want) -> None:
    assert _found(text, THU).get(span) == want


def test_a_verse_is_no_stamp() -> None:
    assert not any("3:16" in k for k in _found("Read John 3:16: a verse for the week.", THU))

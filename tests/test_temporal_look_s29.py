"""Session 29's holidays by place and look-alikes of times in posts: Independence Day is the
US's 4 July unless its sentence names another country the ``holidays`` library keeps one for
(its name, its people, its capital or a major city) or shows a country's flag (Nigeria's is
the library's "National Day", 1 October); Diwali and Deepavali take India's date by default,
Singapore's where the text names Singapore; the last group of a phone number written in
groups is no year; a race's or a song's "M:SS" (before "of" and a lower-case word, before a
personal best's word, after a finish's "in") is no clock time. Every sentence is written for
this project; each table holds cases that fail on the code before the session and same-shape
cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _mentions

INDEPENDENCE = [
    # a flag in its sentence: that country's calendar
    (date(2014, 9, 29), "independence day 🇳🇬 tmrw!! jollof at mama chi's from noon",
     "independence day", "2014-10-01"),
    (date(2019, 3, 4), "Wednesday is Independence Day 🇬🇭 so the shop opens late",
     "Independence Day", "2019-03-06"),
    # a country, its people or a city of it named in the sentence
    (date(2016, 9, 28), "Traders in Abuja say markets will shut for Independence Day.",
     "Independence Day", "2016-10-01"),
    (date(2021, 8, 10), "Karachi's bakers are busy ahead of Independence Day orders.",
     "Independence Day", "2021-08-14"),
    (date(2022, 9, 12), "Mexican families in the square planned an Independence Day dinner.",
     "Independence Day", "2022-09-16"),
    # must stay: no place, a US place, a place after "New" (another place), a place told in
    # another sentence only
    (date(2016, 6, 28), "The town pool will close early on Independence Day.",
     "Independence Day", "2016-07-04"),
    (date(2016, 6, 28), "Fireworks over Albuquerque, New Mexico, mark Independence Day.",
     "Independence Day", "2016-07-04"),
    (date(2016, 6, 28), "🇺🇸 happy early independence day from the lake house",
     "independence day", "2016-07-04"),
    (date(2016, 6, 28), "Ghana's cocoa board cut prices last month. In Ohio, the fair opens "
     "on Independence Day.", "Independence Day", "2016-07-04"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), INDEPENDENCE)
def test_independence_day_by_its_place(dct, text, span, value) -> None:
    assert _mentions(text, dct).get(span) == ("DATE", value)


DIWALI = [
    (date(2017, 10, 16), "train back home for diwali on wednesday night, bags packed",
     "diwali", "2017-10-19"),
    (date(2013, 11, 1), "Sweets shops stay open late for Deepavali this year.", "Deepavali",
     "2013-11-03"),
    # must stay: Singapore named, and a year whose two dates agree
    (date(2013, 11, 1), "Lights are up along Serangoon Road as Singapore gets ready for "
     "Deepavali.", "Deepavali", "2013-11-02"),
    (date(2024, 10, 28), "The cafe will shut for Diwali.", "Diwali", "2024-10-31"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), DIWALI)
def test_diwali_is_indias_unless_singapore_is_named(dct, text, span, value) -> None:
    assert _mentions(text, dct).get(span) == ("DATE", value)


PHONE = [
    # the last group of a phone number: no year
    (date(2018, 5, 2), "call 0905 222 1963 for bookings, we open sunday", "1963", None),
    (date(2018, 5, 2), "Enquiries: +44 161 2009 or walk in", "2009", None),
    (date(2018, 5, 2), "text 07700 900 1984 to reserve a stall", "1984", None),
    # must stay: a list of years, a year after one count, a year after a date
    (date(2018, 5, 2), "The club won titles in 1962 1971 and 1988.", "1988", "1988"),
    (date(2018, 5, 2), "He scored 12 in 1995 against Leeds.", "1995", "1995"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), PHONE)
def test_a_phone_numbers_last_group_is_no_year(dct, text, span, value) -> None:
    assert_spans(_mentions(text, dct), {span: value and ("DATE", value)})


LENGTHS = [
    # a race's time and a song's length: no clock time
    (date(2019, 6, 8), "3rd in my age group at the 5k!! 23:41, a new PB", "23:41", None),
    (date(2019, 6, 8), "crossed the line in 18:55 and nearly fell over", "18:55", None),
    (date(2019, 6, 8), "their new track is 3:50 of total chaos and i love it", "3:50", None),
    (date(2019, 6, 8), "park run 22:05 - personal best by ten seconds", "22:05", None),
    # must stay: a clock time before "of the morning", after "at", before other words
    (date(2019, 6, 8), "the bus leaves 19:48, new timetable from monday", "19:48",
     "2019-06-08T19:48"),
    (date(2019, 6, 8), "meet at 9:30 of course, then the run", "9:30", "2019-06-08T09:30"),
    (date(2019, 6, 8), "briefing at 14:30 for the PR team", "14:30", "2019-06-08T14:30"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), LENGTHS)
def test_a_race_or_song_time_is_no_clock(dct, text, span, value) -> None:
    assert_spans(_mentions(text, dct), {span: value and ("TIME", value)})

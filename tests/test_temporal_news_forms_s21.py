"""Forms met on session 21's unseen news, posts and features, each with sentences written for
this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 9, 14)  # a Tuesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, dct)]


# a title's or a place's abbreviation before a name ends no clause: the verb before it still
# governs the day after it
ABBREVIATED_NAMES = [
    ("A memorial will be held at St. Brendan's Hall in Corby at 2 p.m. on Thursday.",
     [("2 p.m. on Thursday", "TIME", "2021-09-16T14:00")]),
    ("The award will be presented by Dr. Ines Marlow on Friday.",
     [("Friday", "DATE", "2021-09-17")]),
    ("The convoy will leave for Mt. Kerrin on Saturday.",
     [("Saturday", "DATE", "2021-09-18")]),
    # a past verb before the abbreviation keeps the day behind
    ("The service was held at St. Brendan's Hall on Thursday.",
     [("Thursday", "DATE", "2021-09-09")]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_NAMES)
def test_an_abbreviation_before_a_name_ends_no_clause(text, expected):
    assert found(text) == expected


# "that <season>" closing its clause is the season of the year under discussion; a
# complement's "that" goes on, and "that fall" may be a relative's verb
THAT_SEASON = [
    ("The mill was sold in 1988. The new owners nearly shut it that winter, but orders came.",
     [("1988", "DATE", "1988"), ("that winter", "DATE", "1988-WI")]),
    ("He joined the band in 2003. They toured Japan that summer.",
     [("2003", "DATE", "2003"), ("that summer", "DATE", "2003-SU")]),
    ("He joined the band in 2003. Critics reported that summer crowds were thin.",
     [("2003", "DATE", "2003")]),
    ("He joined the band in 2003. Catch the leaves that fall.", [("2003", "DATE", "2003")]),
]


@pytest.mark.parametrize(("text", "expected"), THAT_SEASON)
def test_that_season_closing_its_clause(text, expected):
    assert found(text) == expected


# "the past/following/previous <units>" is a stretch, one span; "the past" alone stays a
# vague past
STRETCHES = [
    ("Over the past weeks, ferry bookings fell.", [("the past weeks", "DURATION", "PXW")]),
    ("In the following months, the plant hired 40 staff.",
     [("the following months", "DURATION", "PXM")]),
    ("Over the previous days, the river had risen.",
     [("the previous days", "DURATION", "PXD")]),
    ("In the past, ferries ran daily.", [("the past", "DATE", "PAST_REF"),
                                          ("daily", "SET", "P1D")]),
]


@pytest.mark.parametrize(("text", "expected"), STRETCHES)
def test_the_past_or_following_units_is_one_stretch(text, expected):
    assert found(text) == expected


# spans: an edge before "last week" when an "after" clause follows; an article before
# "<unit>-long" is no count
SPANS = [
    ("Talks collapsed late last week after the board walked out.",
     [("late last week", "DATE", "2021-W36")]),
    ("Councillors approved a month-long consultation on Monday.",
     [("month-long", "DURATION", "P1M"), ("Monday", "DATE", "2021-09-13")]),
    ("After a year-long delay, the bridge opened.", [("year-long", "DURATION", "P1Y")]),
    ("The inquiry lasted a month.", [("a month", "DURATION", "P1M")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_spans_of_edges_and_long_adjectives(text, expected):
    assert found(text) == expected


# "the first <up to five words> in <count> <unit>" is the time since; a verb between keeps
# the date ahead
RECORDS = [
    ("It was the first change of leader at the club in eleven years.",
     [("eleven years", "DURATION", "P11Y")]),
    ("Crowds saw the first home win for the Rovers side in six months.",
     [("six months", "DURATION", "P6M")]),
    ("The first ferry will sail in two weeks.", [("two weeks", "DATE", "2021-09-28")]),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS)
def test_a_record_counts_the_time_since(text, expected):
    assert found(text) == expected


# a quoted count of days or hours in a month is a title, in plain and tokenised quotes; a
# quoted headline's "on Monday" stays a date
QUOTED_TITLES = [
    ('Her debut album, "Forty Days in August", sold well.', []),
    ("The band 's hit , `` Six Nights in March '' , topped the chart .", []),
    ('The play "Twelve Hours of Winter" opens in Leeds.', []),
    ('The sign said "Market Closed on Monday" and nothing else.',
     [("Monday", "DATE", "2021-09-13")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TITLES)
def test_a_quoted_count_in_a_month_is_a_title(text, expected):
    assert found(text) == expected


# a lone month after a speaker's verb and a first name, or closing a list of names, is a
# person; a list of months or a holiday's list stays dates
MONTH_PEOPLE = [
    ('"We stay open," said Rhona June, who runs the cafe.', []),
    ("Thanks to Priya, Dev and May for the cakes.", []),
    ("Sales rose in March, April and May.", [("March", "DATE", "2021-03"),
                                              ("April", "DATE", "2021-04"),
                                              ("May", "DATE", "2021-05")]),
    ("happy birthday april!! love you x", []),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_PEOPLE)
def test_a_month_as_a_person(text, expected):
    assert found(text) == expected


# a bare "H1"/"H2" before a report's figure is a half of the year; a heading's "H1" is not
HALVES = [
    ("The retailer's H2 sales will decide its bonus.", [("H2", "DATE", "2021-H2")]),
    ("Use one H1 tag per page.", []),
    ("H1N1 cases rose.", []),
]


@pytest.mark.parametrize(("text", "expected"), HALVES)
def test_a_bare_half_before_a_figure(text, expected):
    assert found(text) == expected


# holidays and decades added in session 21; "Groundhog Day" stays the film and the idiom
HOLIDAYS = [
    ("Fireworks for bonfire night start at 7pm.",
     [("bonfire night", "DATE", "2021-11-05"), ("7pm", "TIME", "2021-11-05T19:00")]),
    ("Schools close for Gandhi Jayanti.", [("Gandhi Jayanti", "DATE", "2021-10-02")]),
    ("The choir sang on St David's Day 1999.", [("St David's Day 1999", "DATE", "1999-03-01")]),
    ("The club played hits from the noughties.", [("the noughties", "DATE", "200")]),
    ("Every shift felt like Groundhog Day.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_holidays_and_decades(text, expected):
    assert found(text) == expected


# a post's plain words with a plural after a determiner are a note: the day lies ahead; a
# bare verb in -s before the day still tells a timetable or a report
POST_NOTES = [
    ("back on the phones thurs from 9am", [("thurs", "DATE", "2021-09-16"),
                                           ("9am", "TIME", "2021-09-16T09:00")]),
    ("new episode airs thurs", [("thurs", "DATE", "2021-09-09")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_NOTES)
def test_a_plural_after_a_determiner_is_no_verb(text, expected):
    assert found(text) == expected


# a scheduling verb with an object pronoun still sets the day ahead
MOVED = [
    ("the vet moved us to fri 11:30, annoying", [("fri 11:30", "TIME", "2021-09-17T11:30")]),
    ("They pushed it back to Monday.", [("Monday", "DATE", "2021-09-20")]),
]


@pytest.mark.parametrize(("text", "expected"), MOVED)
def test_moved_with_an_object_pronoun(text, expected):
    assert found(text) == expected


# a lower-case "wed"/"sat" after a note's word and before "at" and a clock time or noon is the
# day; after a wedding's subject or "will" it is the verb
AT_NOON = [
    ("dentist wed at noon", [("wed at noon", "TIME", "2021-09-15T12:00")]),
    ("coffee sat at 10:30?", [("sat at 10:30", "TIME", "2021-09-18T10:30")]),
    ("the couple wed at noon", [("noon", "TIME", "2021-09-14T12:00")]),
    ("they will wed at 3pm", [("3pm", "TIME", "2021-09-14T15:00")]),
]


@pytest.mark.parametrize(("text", "expected"), AT_NOON)
def test_a_lower_case_day_before_at_and_a_time(text, expected):
    assert found(text) == expected


# a post's "til the 20th" is the day of the month
def test_til_the_nth():
    assert found("off work til the 20th, back after") == [("the 20th", "DATE", "2021-09-20")]


# traps: a cricket score with an adjective, a golf hole, a map's scale, a fraction of a thing
TRAPS = [
    "The captain made a fluent half-century before lunch.",
    "She hit a quick century off 80 balls.",
    "His birdie putt on the 17th lipped out.",
    "The survey map has a scale of 1:50,000.",
    "Give the dial a quarter turn to the left.",
    "The bank raised rates by a quarter point.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_hold_no_time(text):
    assert found(text) == []


def test_a_stretch_of_a_century_and_a_quarter_stay():
    assert found("The firm made a profit for a century. Sales rose for a quarter.") == [
        ("a century", "DURATION", "P100Y"), ("a quarter", "DURATION", "P1Q")]


# a live page's entries stamped with clock times on their own lines, newest first, fall on the
# publication date, not on the day the entry before talked about
LIVE_PAGE = """Harbour fire - live

4.40pm
Crews stand down

The fire service says the blaze is out. Repairs will take until Friday.

3.15pm
Road reopens

The coast road reopened after the council inspected it on Sunday.

1.05pm
Smoke warning

Residents were told to keep windows shut.
"""


def test_clock_times_opening_a_live_pages_entries():
    times = [(m.text, m.value) for m in tag_text(LIVE_PAGE, DCT) if m.type == "TIME"]
    assert times == [("4.40pm", "2021-09-14T16:40"), ("3.15pm", "2021-09-14T15:15"),
                     ("1.05pm", "2021-09-14T13:05")]


def test_a_programme_running_forward_is_no_live_page():
    text = "Open day on Saturday.\n\n10.00am\nWelcome\n\n11.30am\nTours\n\n1.00pm\nLunch\n"
    first = next(m for m in tag_text(text, DCT) if m.type == "TIME")
    assert (first.text, first.value) == ("10.00am", "2021-09-18T10:00")  # not an entry's stamp


# a part of day that names a weekday, with the weekday's date in apposition: one time on it
POD_DATES = [
    ("The crew went down on the evening of Friday, June 20.",
     [("the evening of Friday, June 20", "TIME", "2021-06-20TEV")]),
    ("The road will close on Saturday night, Sept. 18.",
     [("Saturday night, Sept. 18", "TIME", "2021-09-18TNI")]),
]


@pytest.mark.parametrize(("text", "expected"), POD_DATES)
def test_a_part_of_day_with_its_date(text, expected):
    assert found(text) == expected


# a rate's "a day" before "from <determiner>" stays a rate; "a day from now" an offset
def test_a_rate_before_from_a_place():
    assert found("The pump lifts 4,000 litres a day from the old quarry.") == [
        ("a day", "SET", "P1D")]
    assert found("The verdict is a day from now.") == [("a day from now", "DATE", "2021-09-15")]


# "the early hours of" an abbreviated month's date is one time; of an event it stays none
EARLY_HOURS = [
    ("In the early hours of Aug. 30, the barge broke loose.",
     [("the early hours of Aug. 30", "TIME", "2021-08-30TMO")]),
    ("In the early hours of the search, divers found nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), EARLY_HOURS)
def test_the_early_hours_of_a_date(text, expected):
    assert found(text) == expected


# a post's lower-case abbreviation after "since" is the day; the verbs "sat down", "wed in"
SINCE_DAYS = [
    ("no heating since mon, landlord not answering", [("mon", "DATE", "2021-09-13")]),
    ("ever since sat down my back hurts", []),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_DAYS)
def test_since_and_a_lower_case_abbreviation(text, expected):
    assert found(text) == expected


# a quoted title in apposition may have a comma between its words when a comma closes it
# inside the quotes; a quoted sign with a comma stays dates
COMMA_TITLES = [
    ('"Winter, Dunmore Head," sold for $2 million.', []),
    ('The sign read "Closed Monday, Open Tuesday" all week.',
     [("Monday", "DATE", "2021-09-13"), ("Tuesday", "DATE", "2021-09-14")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_TITLES)
def test_a_quoted_title_with_a_comma(text, expected):
    assert found(text) == expected

"""Session 23's weekday and live-page categories, found on the tune halves of its blind
batches; every sentence is written for this project. Each table holds cases that fail on the
code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

#: A Wednesday; the story's first sentence is past, so no text reads as a bare note or plan.
DCT = date(2019, 11, 13)
OPENING = "The club reported a loss for the year in its accounts last month.\n\n"


def _found(text: str, dct: date = DCT) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(OPENING + text, dct)}


# --- presents of a visit received or an event's end look ahead, as "meets", "hosts" do ------
SCHEDULED = [
    ("The town welcomes the touring side on Friday.", "Friday", "2019-11-15"),
    ("The book fair, which culminates on Sunday, drew record crowds.", "Sunday", "2019-11-17"),
    ("The inquiry concludes on Monday with the minister's evidence.", "Monday", "2019-11-18"),
    ("The assembly reconvenes Tuesday after the recess.", "Tuesday", "2019-11-19"),
    # must stay: the past forms report
    ("The inquiry concluded on Monday with the minister's evidence.", "Monday", "2019-11-11"),
    ("The town welcomed the touring side on Friday.", "Friday", "2019-11-08"),
]


@pytest.mark.parametrize(("text", "span", "value"), SCHEDULED)
def test_presents_of_fixtures_and_ends(text: str, span: str, value: str) -> None:
    assert _found(text).get(span) == ("DATE", value)


# --- "will stay open": a linking verb keeps the future before it --------------------------
STATES_AHEAD = [
    ("The library will stay open on Sunday for the exam season.", "Sunday", "2019-11-17"),
    ("Both bridges will remain closed on Thursday, engineers said.", "Thursday", "2019-11-14"),
    ("The depot won't stay shut on Friday after all.", "Friday", "2019-11-15"),
    ("The pool will stay open from 6am to 10pm on Saturday.", "10pm on Saturday",
     "2019-11-16T22:00"),
    # must stay: the past of the linking verb
    ("The library stayed open on Sunday for the exam season.", "Sunday", "2019-11-10"),
    ("Both bridges remained closed on Thursday, engineers said.", "Thursday", "2019-11-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), STATES_AHEAD)
def test_a_linking_verb_after_will(text: str, span: str, value: str) -> None:
    assert _found(text).get(span, ("", ""))[1] == value


# --- a weekday that opens its clause before "is": a day something is, ahead ---------------
DAY_IS = [
    ("Friday is the last day to register for the ballot.", "Friday", "2019-11-15"),
    ("Monday is a bank holiday in the north, so the office will be shut.", "Monday",
     "2019-11-18"),
    # must stay: "was" reports; a possessive is another clause's noun
    ("Monday was a bank holiday in the north.", "Monday", "2019-11-11"),
    ("It was welcome news Friday for the club.", "Friday", "2019-11-08"),
    ("Saturday's defeat was the club's fourth in a row.", "Saturday", "2019-11-09"),
]


@pytest.mark.parametrize(("text", "span", "value"), DAY_IS)
def test_a_weekday_before_is(text: str, span: str, value: str) -> None:
    assert _found(text).get(span) == ("DATE", value)


# --- a live page told oldest first: each stamp opens an entry of prose, on its own day -----
LIVE_OLDEST_FIRST = """Storm Alder - as it happened

07:40 GMT
The coastguard has closed the harbour after waves overtopped the wall during the night.

09:05 GMT
Rail operators say the coast line will not run until Thursday at the earliest, with buses
replacing trains between the two towns.

11:30 GMT
The council has opened the sports hall as a rest centre and says about 40 families are there.
"""


def test_entries_told_oldest_first_fall_on_the_publication_date() -> None:
    times = [(m.text, m.value) for m in tag_text(LIVE_OLDEST_FIRST, DCT) if m.type == "TIME"]
    assert ("11:30 GMT", "2019-11-13T11:30Z") in times  # not Thursday, the entry before's day
    assert ("07:40 GMT", "2019-11-13T07:40Z") in times


PROGRAMME = """Harvest fair on Saturday.

10:00
Gates open

12:30
Judging of the vegetables

15:00
Prize giving
"""


def test_a_programme_of_short_items_stays_on_its_day() -> None:
    times = [m for m in tag_text(PROGRAMME, DCT) if m.type == "TIME"]
    assert (times[0].text, times[0].value) == ("10:00", "2019-11-16T10:00")
    assert [m.text for m in times if "live page" in m.explanation] == []


def test_entries_told_oldest_first_are_marked_as_entries() -> None:
    stamps = [m.text for m in tag_text(LIVE_OLDEST_FIRST, DCT) if "live page" in m.explanation]
    assert stamps == ["07:40 GMT", "09:05 GMT", "11:30 GMT"]


# --- a month and day with no year after "until" in a clause about today: not behind it ----
def _plain(text: str, dct: date) -> dict[str, str]:
    return {m.text: m.value for m in tag_text(text, dct)}


MONTH_DAYS_AHEAD = [
    ("She was remanded in custody this morning until 4 February, when she will appear again.",
     date(2021, 5, 20), "4 February", "2022-02-04"),
    ("The pier was shut today till 3 March for repairs.", date(2021, 5, 20), "3 March",
     "2022-03-03"),
    # must stay: a state with no today; a future verb alone (it reaches dates in relative
    # clauses: "will keep leaking from the well that failed on April 20")
    ("The road was closed until 4 February for repairs.", date(2021, 5, 20), "4 February",
     "2021-02-04"),
    ("Oil will keep leaking from the well that failed on April 20, engineers said.",
     date(2021, 5, 20), "April 20", "2021-04-20"),
    ("The firm said it would pay the dividend on June 2.", date(2016, 6, 9), "June 2",
     "2016-06-02"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), MONTH_DAYS_AHEAD)
def test_a_month_day_after_an_arranged_future(text, dct, span, value) -> None:
    assert _plain(text, dct).get(span) == value


# --- "the same month last year": the period under discussion a year back, one expression ---
SAME_LAST_YEAR = [
    ("Exports fell in October, against a rise in the same month last year.", date(2017, 11, 20),
     "the same month last year", "2016-10"),
    ("Output grew in the second quarter, faster than in the same period a year earlier.",
     date(2017, 8, 2), "the same period a year earlier", "2016-Q2"),
    ("Ticket sales in the first half of 2017 beat the same period of the previous year.",
     date(2017, 8, 2), "the same period of the previous year", "2016-H1"),
    ("Rainfall is well above this date last year.", date(2017, 8, 2), "this date last year",
     "2016-08-02"),
    # a period after only a day told: the year before the publication date's
    ("The shop said on Monday that sales beat the same period last year.", date(2017, 8, 2),
     "the same period last year", "2016"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), SAME_LAST_YEAR)
def test_the_same_period_a_year_back(text, dct, span, value) -> None:
    assert _plain(text, dct).get(span) == value


def test_the_same_month_alone_stays_anaphoric() -> None:
    found = _plain("Exports fell in October and again in the same month.", date(2017, 11, 20))
    assert found.get("the same month") == "2017-10"


# --- a list of bare clock times ending in one with a day: all on that day -----------------
CLOCK_LISTS = [
    ("Extra trains ran at 5.10am, 5.40am and 6.10am on Sunday for the marathon.",
     date(2022, 4, 26), ["5.10am", "5.40am"], "2022-04-24"),
    ("Tours start at 10am or 2pm on Saturday, the museum said.", date(2022, 4, 26), ["10am"],
     "2022-04-30"),
]


@pytest.mark.parametrize(("text", "dct", "spans", "day"), CLOCK_LISTS)
def test_a_list_of_clock_times_takes_its_last_ones_day(text, dct, spans, day) -> None:
    found = _plain(text, dct)
    assert [found.get(s, "")[:10] for s in spans] == [day] * len(spans)


def test_a_clock_time_in_another_clause_keeps_its_day() -> None:
    found = _plain("The crew left at 9am, and the lorry arrived at 5pm on Friday.",
                   date(2022, 4, 26))
    assert found.get("9am") == "2022-04-26T09:00"


def test_a_title_with_is_in_capitals_is_no_day_ahead() -> None:
    found = _found("He presented Saturday Night Is Party Night for years.")
    assert found.get("Saturday Night", ("", ""))[1] != "2019-11-16TNI"


def test_a_range_between_two_clock_times_is_no_list() -> None:
    found = _plain("The tunnel was shut between 11pm and 5am on Sunday.", date(2022, 4, 26))
    assert found.get("11pm") == "2022-04-23T23:00"  # the night before, as the range pass says


def test_a_weekday_with_its_part_of_day_before_is_keeps_the_news_reading() -> None:
    found = _found("Tuesday night is quiz night at the Anchor.")
    assert found.get("Tuesday night") == ("TIME", "2019-11-12TNI")

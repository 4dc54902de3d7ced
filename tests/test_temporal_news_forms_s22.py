"""Session 22's categories, found on the tune halves of its blind batches; every sentence is
written for this project. Each table holds cases that fail on the code before the session and
same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

from summarize.temporal import tag_text

# --- "@" joins a day and its clock time as "at" does -------------------------------------
AT_SIGN = [
    ("the season finale is sunday @ 9pm ET, not ready", date(2015, 7, 27), "sunday @ 9pm ET",
     ("TIME", "2015-08-02T21:00")),
    ("meet me friday @ 6:30pm by the gates", date(2015, 7, 27), "friday @ 6:30pm",
     ("TIME", "2015-07-31T18:30")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), AT_SIGN)
def test_at_sign_joins_a_day_and_its_time(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- "the third day running": the latest of a run, "running" in the span ------------------
RUNS = [
    ("Heavy rain fell across the valley yesterday for the third day running, and more is due.",
     "the third day running", ("DATE", "2012-07-02")),
    ("Rain fell on the moors for the fourth day running.", "the fourth day running",
     ("DATE", "2012-07-03")),
]


@pytest.mark.parametrize(("text", "span", "want"), RUNS)
def test_a_run_told_with_running(text, span, want) -> None:
    assert _found(text, date(2012, 7, 3)).get(span) == want


def test_running_a_thing_is_no_run() -> None:
    assert _found("She spent the third day running the stall alone.", date(2012, 7, 3)) == {}


# --- a rate after an amount with its unit glued on, or before "from <year>" ----------------
RATES = [
    ("The sea rose 3mm a year along the coast.", "a year", ("SET", "P1Y")),
    ("The world has warmed by about 0.2C a decade.", "a decade", ("SET", "P10Y")),
    ("Its economy grew by an average of 7 percent a year from 1990 to 1996.", "a year",
     ("SET", "P1Y")),
    ("The firm was spending $6m a day on the clean-up.", "a day", ("SET", "P1D")),
    # no amount before it: an offset or a length, as before
    ("He will be back a year from now.", "a year from now", ("DATE", "2024")),
    ("Version 2 a year later fixed it.", "a year later", ("DATE", "2024")),
]


@pytest.mark.parametrize(("text", "span", "want"), RATES)
def test_rates_after_amounts(text, span, want) -> None:
    assert _found(text, date(2023, 8, 8)).get(span) == want


# --- "between 2 p.m. and 7 p.m. on Jan. 28": the start on the end's day ------------------
BETWEEN = [
    ("Anyone at the clinic between 2 p.m. and 7 p.m. on Jan. 28 should call.", "2 p.m.",
     ("TIME", "2014-01-28T14:00")),
    ("The road was shut between 10pm and 4am on Sunday.", "10pm", ("TIME", "2014-02-01T22:00")),
    ("The road will be shut tonight between 10pm and 4am.", "4am",
     ("TIME", "2014-02-04T04:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), BETWEEN)
def test_between_two_clock_times(text, span, want) -> None:
    assert _found(text, date(2014, 2, 3)).get(span) == want


# --- a bracketed universal time on the day no zone's offset keeps it off ------------------
CONVERTED = [
    ("The rocket rose into a clear sky at 9:47 p.m. (0047 GMT), trailing smoke.", "0047 GMT",
     ("TIME", "1997-08-06T00:47Z")),
    ("The quake struck at 1:30 a.m. (2130 GMT), waking the city.", "2130 GMT",
     ("TIME", "1997-08-04T21:30Z")),
    # an offset a zone may have: the same day
    ("The blast came at 14:00 local time (1200 GMT) on Thursday.", "1200 GMT",
     ("TIME", "1997-07-31T12:00Z")),
]


@pytest.mark.parametrize(("text", "span", "want"), CONVERTED)
def test_universal_time_across_midnight(text, span, want) -> None:
    assert _found(text, date(1997, 8, 5)).get(span) == want


# --- a month that names a relative or a friend ----------------------------------------------
KIN = [
    "my sister April got a new phone and won't stop texting",
    "auntie June already sent her list of presents",
    "My daughter June starts at the big school soon.",
]


@pytest.mark.parametrize("text", KIN)
def test_a_month_named_after_a_relatives_noun_is_a_name(text: str) -> None:
    assert not any(w in _found(text, date(2012, 1, 9)) for w in ("April", "June"))


KIN_KEPT = [
    ("We visited my cousin in June.", "June", ("DATE", "2011-06")),
    ("I saw my friend May 3 at the fair.", "May 3", ("DATE", "2011-05-03")),
]


@pytest.mark.parametrize(("text", "span", "want"), KIN_KEPT)
def test_months_after_a_relative_with_a_cue_stay_dates(text, span, want) -> None:
    assert _found(text, date(2012, 1, 9)).get(span) == want


# --- holidays: Remembrance Sunday, the Civic Holiday, pancake day, a lower-case weekend ----
HOLIDAYS = [
    ("Church bells will ring across the town on Remembrance Sunday.", date(2018, 11, 8),
     "Remembrance Sunday", ("DATE", "2018-11-11")),
    ("Officers plan another blitz over the Civic Holiday weekend.", date(2022, 7, 4),
     "the Civic Holiday weekend", ("DATE", "2022-W30-WE")),
    ("pancake day at the student cafe, a quid a stack", date(2013, 2, 12), "pancake day",
     ("DATE", "2013-02-12")),
    ("40% off every grill thru memorial day weekend", date(2011, 5, 27),
     "memorial day weekend", ("DATE", "2011-W21-WE")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), HOLIDAYS)
def test_more_holidays(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


@pytest.mark.parametrize("text", ["an easter egg hunt for the kids",
                                  "a memorial day for the victims of the flood"])
def test_lower_case_holiday_words_without_weekend_stay_words(text: str) -> None:
    assert _found(text, date(2011, 5, 27)) == {}


# --- an evening's clock time names the evening; a day it was told on keeps it --------------
EVENINGS = [
    ("A quake struck the southern highlands late Tuesday, killing 14 people, officials said "
     "Wednesday. The quake hit at 10:52 pm.", "10:52 pm", ("TIME", "2013-04-16T22:52")),
    ("The ferry left port at 9 p.m. Tuesday on a 14-hour voyage. Its captain radioed for "
     "help at 2:15 a.m.", "2:15 a.m.", ("TIME", "2013-04-17T02:15")),
    # said on the day of the events: the evening is that day's
    ("The council met on Tuesday, officials said. The vote came at 10:15 pm.", "10:15 pm",
     ("TIME", "2013-04-16T22:15")),
]


@pytest.mark.parametrize(("text", "span", "want"), EVENINGS)
def test_evening_clock_times(text, span, want) -> None:
    assert _found(text, date(2013, 4, 17)).get(span) == want


# --- a lower-case month that is a person in a post ------------------------------------------
POST_PEOPLE = [
    "pls tell june her lasagne was unreal",
    "june's bringing her brother and a crate of juice to the bbq",
    "april and i are doing a pottery class, so excited",
    "can you text april that the spare key's under the mat",
]


@pytest.mark.parametrize("text", POST_PEOPLE)
def test_lower_case_months_that_are_people(text: str) -> None:
    assert _found(text, date(2024, 3, 13)) == {}


POST_MONTHS_KEPT = [
    ("remind me in june to renew it", "june", ("DATE", "2024-06")),
    ("june's going to be busy at work", "june", ("DATE", "2024-06")),
]


@pytest.mark.parametrize(("text", "span", "want"), POST_MONTHS_KEPT)
def test_lower_case_months_that_stay_months(text, span, want) -> None:
    assert _found(text, date(2024, 3, 13)).get(span) == want


# --- dates in figures: the month first with dashes; a flat number before its street -------
FIGURES = [
    ("The permit expires on Dec-15-2023, the county says.", "Dec-15-2023",
     ("DATE", "2023-12-15")),
    ("The lease ended on Mar/05/2023.", "Mar/05/2023", ("DATE", "2023-03-05")),
    ("The flat was sold on 14/2 to a buyer from Leeds.", "14/2", ("DATE", "2023-02-14")),
]


@pytest.mark.parametrize(("text", "span", "want"), FIGURES)
def test_dates_in_figures(text, span, want) -> None:
    assert _found(text, date(2023, 11, 10)).get(span) == want


def test_a_flat_number_before_its_street_is_no_date() -> None:
    assert _found("The flat at 14/2 Marchmont Crescent has a new owner.", date(2024, 3, 13)) == {}


# --- "can" looks ahead -------------------------------------------------------------------
CAN = [
    ("the plumber can come tues, he says", "tues", ("DATE", "2023-11-14")),
    ("We can meet Thursday if you like.", "Thursday", ("DATE", "2023-11-16")),
    # "could" keeps the news reading
    ("Police said the suspect could be located Wednesday.", "Wednesday",
     ("DATE", "2023-11-08")),
]


@pytest.mark.parametrize(("text", "span", "want"), CAN)
def test_can_sends_a_weekday_ahead(text, span, want) -> None:
    assert _found(text, date(2023, 11, 10)).get(span) == want


# --- a unit that opens a compound noun is no length ---------------------------------------
COMPOUNDS = ["The watch has a day-date window.", "She runs a day-care centre.",
             "We took a day-trip to the coast.", "It was a day-to-day struggle."]


@pytest.mark.parametrize("text", COMPOUNDS)
def test_a_unit_opening_a_compound_noun(text: str) -> None:
    assert _found(text, date(2024, 3, 13)) == {}


LENGTHS_KEPT = [
    ("Workers held a day-long strike.", "day-long", ("DURATION", "P1D")),
    ("Shares fell to a 14-year-low on the news.", "14-year", ("DURATION", "P14Y")),
]


@pytest.mark.parametrize(("text", "span", "want"), LENGTHS_KEPT)
def test_lengths_with_a_hyphenated_word_after(text, span, want) -> None:
    assert _found(text, date(2024, 3, 13)).get(span) == want


# --- ages in decades, a service and a living ------------------------------------------------
NO_TIME = ["Most of the walkers were in their 40s and 50s.",
           "Men in their 50s, 60s and 70s were most at risk.",
           "we leave for midnight mass after the carols",
           "Don't give up the day job, the judge told the comedian."]


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time_named(text: str) -> None:
    assert _found(text, date(2019, 3, 28)) == {}


def test_decades_listed_after_the_are_times() -> None:
    found = _found("Music of the 40s and 50s filled the hall.", date(2019, 3, 28))
    assert found.get("50s") == ("DATE", "195")


# --- an election's present -----------------------------------------------------------------
ELECTIONS = [
    ("Voters in the town choose a new member of parliament on Thursday.", "Thursday",
     ("DATE", "2013-06-27")),
    ("Members elect a new leader on Saturday.", "Saturday", ("DATE", "2013-06-29")),
    ("Voters chose a new member of parliament on Thursday.", "Thursday",
     ("DATE", "2013-06-20")),
]


@pytest.mark.parametrize(("text", "span", "want"), ELECTIONS)
def test_election_verbs(text, span, want) -> None:
    assert _found(text, date(2013, 6, 24)).get(span) == want


# --- "the Friday before Labor Day": the weekday counted from the day after it ---------------
FROM_DAYS = [
    ("The market returns the Saturday after Easter.", "Saturday", ("DATE", "2024-04-06")),
    ("The parade moved to the Friday before March 20.", "Friday", ("DATE", "2024-03-15")),
    ("We met the Monday after Christmas.", "Monday", ("DATE", "2024-01-01")),
    # no "the": a bare weekday and a clause of its own
    ("The talks ended on Friday before the holiday.", "Friday", ("DATE", "2024-03-08")),
]


@pytest.mark.parametrize(("text", "span", "want"), FROM_DAYS)
def test_a_weekday_before_or_after_a_day(text, span, want) -> None:
    assert _found(text, date(2024, 3, 13)).get(span) == want


# --- round 2 ---------------------------------------------------------------------------------
ROUND2 = [
    # "the following month after <clause>": no offset takes "the following"
    ("Halvard agreed the deal in June. Its shares fell the following month after it cut its "
     "forecast.", date(2012, 11, 14), "the following month", ("DATE", "2012-07")),
    # the early hours of a holiday of a fixed date: one time
    ("He attacked a driver in the early hours of New Year's Day.", date(2013, 1, 3),
     "the early hours of New Year's Day", ("TIME", "2013-01-01TMO")),
    # "by the end of the century" told from the present: the current one, not the story's
    ("The world warmed faster than through most of the 20th century. On present policies it "
     "is on course for 2.9C of warming by the end of the century.", date(2023, 8, 8),
     "the end of the century", ("DATE", "20")),
    ("The town grew in the 19th century. By the end of the century, it had 5,000 people.",
     date(2023, 8, 8), "the end of the century", ("DATE", "18")),
    # a weak future whose clause already looks ahead
    ("Meteors should start to climb after 11 p.m. tonight and peak around 3 a.m. Sunday.",
     date(2022, 9, 14), "around 3 a.m. Sunday", ("TIME", "2022-09-18T03:00")),
    ("He said tonight that the strike could have ended Monday.", date(2022, 9, 14), "Monday",
     ("DATE", "2022-09-12")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), ROUND2)
def test_round_two(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


@pytest.mark.parametrize("text", ["The future of the reef depends on what happens next.",
                                  "He worries about the future of the company."])
def test_the_future_of_a_thing_is_its_fate(text: str) -> None:
    assert _found(text, date(2017, 3, 10)) == {}


def test_the_future_alone_stays_a_time() -> None:
    assert _found("Prices will rise in the future.", date(2017, 3, 10)).get("the future") == (
        "DATE", "FUTURE_REF")


# --- round 3: edges of a period with no count, rescheduling, a post's clock and day ------
ROUND3 = [
    ("The fund stopped taking new investors in the final days of February.",
     "the final days of February", ("DATE", "2024-02")),
    ("The fund closed in the last weeks of 2023.", "the last weeks of 2023", ("DATE", "2023")),
    ("In the first few weeks of January, sales rose.", "the first few weeks of January",
     ("DATE", "2024-01")),
    # a count keeps TimeBank's two mentions
    ("Sales rose in the first nine months of this year.", "the first nine months",
     ("DURATION", "P9M")),
    ("heads up, the standup got bumped to 9:30 fri", "9:30 fri", ("TIME", "2024-03-15T09:30")),
    ("the car bumped into a post on Friday", "Friday", ("DATE", "2024-03-08")),
    ("gym 6am sun then brunch?", "6am sun", ("TIME", "2024-03-17T06:00")),
]


@pytest.mark.parametrize(("text", "span", "want"), ROUND3)
def test_round_three(text, span, want) -> None:
    assert _found(text, date(2024, 3, 13)).get(span) == want


def test_edges_carry_their_mod() -> None:
    found = {m.text: m.mod for m in tag_text("The fund closed in the last weeks of 2023.",
                                            date(2024, 3, 13))}
    assert found == {"the last weeks of 2023": "END"}


@pytest.mark.parametrize("text", ["june bugs everywhere on the porch, gross",
                                  "A June bug flew in through the window."])
def test_june_bugs_are_beetles(text: str) -> None:
    assert _found(text, date(2024, 3, 13)) == {}


# --- round 4: what an event left behind; a decision's infinitive ---------------------------
ROUND4 = [
    ("Officials said they would not finish counting ballots from Sunday's election before "
     "next Wednesday.", date(1999, 6, 3), "Sunday", ("DATE", "1999-05-30")),
    ("They will show highlights from Saturday's match tonight.", date(1999, 6, 3), "Saturday",
     ("DATE", "1999-05-29")),
    ("The new rules apply from Monday's session.", date(1999, 6, 3), "Monday",
     ("DATE", "1999-06-07")),
    ("The board voted 8-3 Wednesday night to close the school at the end of June.",
     date(2016, 2, 11), "the end of June", ("DATE", "2016-06")),
    ("The board voted to close the school in June.", date(2016, 2, 11), "June",
     ("DATE", "2016-06")),
    ("The board voted on the plan in June.", date(2016, 2, 11), "June", ("DATE", "2015-06")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), ROUND4)
def test_round_four(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


# --- "a year earlier" from a weekend is a year, as from a week ------------------------------
@pytest.mark.parametrize("text", [
    "Police charged 23 drivers over the Canada Day long weekend, up from 19 a year earlier.",
    "Police charged 23 drivers last weekend, up from 19 a year earlier."])
def test_a_year_from_a_weekend(text: str) -> None:
    assert _found(text, date(2022, 7, 4)).get("a year earlier") == ("DATE", "2021")


# --- a proposal's "can we do sat?" -----------------------------------------------------------
PROPOSALS = [
    ("can we do sat instead? the venue double booked us", "sat", ("DATE", "2024-03-16")),
    ("could u do sun?", "sun", ("DATE", "2024-03-17")),
]


@pytest.mark.parametrize(("text", "span", "want"), PROPOSALS)
def test_a_proposed_day(text, span, want) -> None:
    assert _found(text, date(2024, 3, 13)).get(span) == want


@pytest.mark.parametrize("text", ["we did sat at the bar all night long",
                                  "what do sun and moon have in common"])
def test_do_before_a_word_that_is_no_day(text: str) -> None:
    assert _found(text, date(2024, 3, 13)) == {}


# --- a proposal's "do the 22nd" --------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("can u do the 22nd for the fitting?", ("DATE", "2023-11-22")),
    ("could you do the 3rd?", ("DATE", "2023-12-03"))])
def test_a_proposed_day_of_the_month(text, want) -> None:
    found = _found(text, date(2023, 11, 10))
    assert [v for k, v in found.items() if k.startswith("the ")] == [want]


def test_an_ordinal_before_its_noun_is_no_day() -> None:
    assert _found("we do the 3rd one next", date(2023, 11, 10)) == {}

"""Session 23's business, statistical and official forms, found on the tune halves of its
blind batches; every sentence is written for this project. Each table holds cases that fail on
the code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.type, m.value, m.mod) for m in tag_text(text, dct)}


# --- a statistics office's "<Month> quarter <year>", India's "<Month>-quarter" ----------------
QUARTERS = [
    ("Retail turnover grew 1.2% in the June quarter 2009, the agency said.",
     date(2010, 3, 2), "the June quarter 2009", ("DATE", "2009-Q2", "")),
    ("Building Approvals, New Zealand, March Quarter 2011", date(2011, 5, 20),
     "March Quarter 2011", ("DATE", "2011-Q1", "")),
    ("Wages rose less than in the September quarter 2007.", date(2008, 2, 14),
     "the September quarter 2007", ("DATE", "2007-Q3", "")),
    ("Lending eased in the December quarter, 2015, the bank said.", date(2016, 4, 1),
     "the December quarter, 2015", ("DATE", "2015-Q4", "")),
    ("Imports fell in the March quarter of 2012.", date(2013, 6, 1),
     "the March quarter of 2012", ("DATE", "2012-Q1", "")),
    ("Kestrel Tiles June-quarter profit jumps 18% on housing demand", date(2016, 8, 9),
     "June-quarter", ("DATE", "2016-Q2", "")),
    ("Its December-quarter net fell short of estimates.", date(2019, 2, 6),
     "December-quarter", ("DATE", "2018-Q4", "")),
    # must stay: the plain form keeps its reading, a sports round is no quarter
    ("Exports fell in the June quarter.", date(2013, 2, 12), "the June quarter",
     ("DATE", "2012-Q2", "")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), QUARTERS)
def test_month_quarters_with_their_year(text, dct, span, want) -> None:
    assert _found(text, dct).get(span) == want


def test_the_year_after_a_month_quarter_is_not_a_second_mention() -> None:
    found = _found("Retail turnover grew 1.2% in the June quarter 2009.", date(2010, 3, 2))
    assert "2009" not in found


def test_a_quarter_final_is_no_quarter() -> None:
    assert _found("They met in the March quarter-final at Leeds.", date(2013, 5, 2)) == {}


# --- Indian English month ends: "by September-end", "till March end" --------------------------
MONTH_ENDS = [
    ("The second line will be ready by October-end, the chairman said.", "October-end",
     ("DATE", "2014-10", "END")),
    ("The offer is open till June end.", "June end", ("DATE", "2014-06", "END")),
    ("Dues must be cleared by March end, or the licence lapses.", "March end",
     ("DATE", "2014-03", "END")),
    ("The firm will meet the November-end deadline for bids.", "November-end",
     ("DATE", "2014-11", "END")),
    # must stay: wire copy's "end-<Month>", and "end" as a verb or a noun's first word
    ("Stocks stood at 4 million tonnes at end-July.", "end-July", ("DATE", "2014-07", "END")),
    ("In June end users complained about the app.", "June", ("DATE", "2014-06", "")),
    ("Will the strike in April end the shortage?", "April", ("DATE", "2014-04", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), MONTH_ENDS)
def test_month_ends(text, span, want) -> None:
    assert _found(text, date(2014, 5, 20)).get(span) == want


# --- rates: "per annum", and amounts in currencies written with letters ----------------------
RATES = [
    ("The bonds pay interest of 7.25 per cent per annum until 2020.", "per annum",
     ("SET", "P1Y", "")),
    ("Ground rent is fixed at 400 pounds per annum.", "per annum", ("SET", "P1Y", "")),
    ("A hawker in Mombasa said he now pays Sh80 a day for a stall.", "a day",
     ("SET", "P1D", "")),
    ("The levy adds KSh 250 a month to most bills.", "a month", ("SET", "P1M", "")),
    ("Load-shedding costs the mines R2 billion a week, the chamber said.", "a week",
     ("SET", "P1W", "")),
    ("Porters in Dhaka earn Tk 600 a day.", "a day", ("SET", "P1D", "")),
    ("Rickshaw fares went up by Rs. 15 a trip, and Rs 300 a month for passes.", "a month",
     ("SET", "P1M", "")),
    ("Street vendors in Lagos pay N2,000 a week in levies.", "a week", ("SET", "P1W", "")),
    ("A food stall in Kuala Lumpur rents for RM45 a day.", "a day", ("SET", "P1D", "")),
    ("Parking at the mall costs Dh30 a day.", "a day", ("SET", "P1D", "")),
    ("Tutors charge PKR 1,500 a week.", "a week", ("SET", "P1W", "")),
    # must stay: no amount before the unit, a rate after "$"
    ("He will be back a year from now.", "a year from now", ("DATE", "2015")),
    ("The ferry line loses $3m a month.", "a month", ("SET", "P1M", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), RATES)
def test_rates_per_annum_and_after_lettered_currencies(text, span, want) -> None:
    got = _found(text, date(2014, 5, 20)).get(span)
    assert got is not None and got[:len(want)] == want


# --- lengths in a chain of descending units, joined by commas ---------------------------------
CHAINS = [
    ("She crossed the line in 2 hours, 21 minutes, 9 seconds on Sunday.",
     "2 hours, 21 minutes, 9 seconds", ("DURATION", "PT2H21M9S", "")),
    ("He served 3 years, 7 months and 4 days of the sentence.",
     "3 years, 7 months and 4 days", ("DURATION", "P3Y7M4D", "")),
    ("The outage lasted 1 day, 6 hours, 15 minutes and 30 seconds.",
     "1 day, 6 hours, 15 minutes and 30 seconds", ("DURATION", "P1DT6H15M30S", "")),
    ("The record stands at 1 hour 58 minutes 40 seconds.", "1 hour 58 minutes 40 seconds",
     ("DURATION", "PT1H58M40S", "")),
    # must stay: two units keep their sum, a rising pair stays two lengths
    ("The climb took 4 hours, 10 minutes.", "4 hours, 10 minutes",
     ("DURATION", "PT4H10M", "")),
    ("She rested 10 minutes, then walked 3 hours.", "10 minutes", ("DURATION", "PT10M", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), CHAINS)
def test_chains_of_descending_units_are_one_length(text, span, want) -> None:
    assert _found(text, date(2014, 5, 20)).get(span) == want


# --- "No 1/2003": a reference's number, no month ---------------------------------------------
REFERENCES = [
    "The fine was set under Regulation (EC) No 2/2005 on cartels.",
    "The court cited Law No. 11/2009 on public tenders.",
    "Decree 7/2010 lifted the ban.",
    "The board adopted Resolutions Nos 3/2012 and 4/2012.",
    "The rules follow Directive 2011/83/EU on consumer rights.",
]


@pytest.mark.parametrize("text", REFERENCES)
def test_reference_numbers_are_no_months(text) -> None:
    assert _found(text, date(2014, 5, 20)) == {}


SLASH_MONTHS = [
    ("The card expires 09/2016.", "09/2016", ("DATE", "2016-09", "")),
    ("Payments due 4/2013 were late.", "4/2013", ("DATE", "2013-04", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), SLASH_MONTHS)
def test_slash_months_stay(text, span, want) -> None:
    assert _found(text, date(2014, 5, 20)).get(span) == want


# --- a sum earned or paid: four digits after an earning verb, before what makes it money ------
SUMS = [
    "drove 10 hrs for the delivery app yesterday and made 1450 after commission.",
    "The waiter earned 1320 in tips over the holiday.",
    "I took home 1675 after tax this month",
    "we raised 1900 today for the shelter!!",
    "He pays 1250 a month, which is most of his wage.",
]


@pytest.mark.parametrize("text", SUMS)
def test_sums_of_money_are_no_years(text) -> None:
    found = _found(text, date(2022, 5, 5))
    assert not any(v[1] in ("1450", "1320", "1675", "1900", "1250") for v in found.values())


YEARS_KEPT = [
    ("The clock was made in 1850 after a design by Harrow.", "1850", ("DATE", "1850", "")),
    ("She spent 2019 in Lisbon.", "2019", ("DATE", "2019", "")),
    ("The club made 1998 a season to remember.", "1998", ("DATE", "1998", "")),
    ("Profits were paid in 2011 after tax.", "2011", ("DATE", "2011", "")),
]


@pytest.mark.parametrize(("text", "span", "want"), YEARS_KEPT)
def test_years_after_such_verbs_stay(text, span, want) -> None:
    assert _found(text, date(2022, 5, 5)).get(span) == want

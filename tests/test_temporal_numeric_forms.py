"""Numeric and business forms: slashes and dashes, year-month, quarters and fiscal years,
fractions of units and lengths in two units (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT, mention

from summarize.temporal import tag_text

DATES = [
    # (text, span, value)
    ("The permit expired on 2/15.", "2/15", "2022-02-15"),
    ("Shipments resume 10/31, the port said.", "10/31", "2022-10-31"),
    ("The levy started on 3/1 for all lorries.", "3/1", "2022-01-03"),
    ("The deed is dated 10-31-1974.", "10-31-1974", "1974-10-31"),
    ("The ledger entry reads 31/Oct/1974.", "31/Oct/1974", "1974-10-31"),
    ("The wreck was logged 12-Mar-2019 by the coastguard.", "12-Mar-2019", "2019-03-12"),
    ("The series closed 2015-3-3 after a week.", "2015-3-3", "2015-03-03"),
    ("The ledger was closed on 2013/09/13.", "2013/09/13", "2013-09-13"),
    ("The sale closed Fri., 4/2, the agent said.", "4/2", "2022-02-04"),
    ("Exports fell in 2014-10, the agency said.", "2014-10", "2014-10"),
    ("Exports fell in 2014/10, the agency said.", "2014/10", "2014-10"),
    ("Margins widened in Q3 2018.", "Q3 2018", "2018-Q3"),
    ("Margins widened in 2018Q4.", "2018Q4", "2018-Q4"),
    ("The budget for FY2019 was cut.", "FY2019", "2019"),
    ("Guidance for Q2 FY23 was raised.", "Q2 FY23", "2023-Q2"),
    ("Sales rose in the third quarter of 2020.", "the third quarter of 2020", "2020-Q3"),
    ("Its profit doubled in the last quarter of 2021.", "the last quarter of 2021", "2021-Q4"),
    ("Sales fell last quarter.", "last quarter", "2022-Q1"),
    ("Sales fell this quarter, the chain said.", "this quarter", "2022-Q2"),
    # "the latest period" of a results report: the quarter under discussion, else the last ended
    ("Fares rose 4% in the fourth quarter. The latest period also had higher costs.",
     "The latest period", "2021-Q4"),
    ("The latest period included a one-time gain.", "The latest period", "2022-Q1"),
    ("The pier was rebuilt a decade ago.", "a decade ago", "2012"),
    ("The mill closed two decades ago.", "two decades ago", "2002"),
    ("The reservoir will be full in a decade.", "a decade", "2032"),
]


@pytest.mark.parametrize("text,span,value", DATES)
def test_numeric_and_business_dates(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


DURATIONS = [
    ("The crossing took 1.25 hours.", "1.25 hours", "PT1H15M"),
    ("The outage lasted 0.75 hours.", "0.75 hours", "PT45M"),
    ("Repairs took 2.5 days.", "2.5 days", "P2DT12H"),
    ("The audit ran 1.3 years.", "1.3 years", "P1.3Y"),
    ("The refit took 1 year 2 months.", "1 year 2 months", "P1Y2M"),
    ("The hearing lasted 2 hours and 30 minutes.", "2 hours and 30 minutes", "PT2H30M"),
    ("He served 3 years, 6 months in prison.", "3 years, 6 months", "P3Y6M"),
    ("The climb took a quarter of an hour.", "a quarter of an hour", "PT15M"),
    ("They waited three-quarters of an hour.", "three-quarters of an hour", "PT45M"),
    ("The firm has run the yard for a quarter century.", "a quarter century", "P25Y"),
    ("The probe took two-and-a-half years.", "two-and-a-half years", "P2Y6M"),
    ("The lease runs for an additional year.", "an additional year", "P1Y"),
    ("The rebels asked for another week.", "another week", "P1W"),
    ("Rates should hold over the next couple of years.", "the next couple of years", "P2Y"),
    ("The walls have stood for three hundred years.", "three hundred years", "P300Y"),
]


@pytest.mark.parametrize("text,span,value", DURATIONS)
def test_fractions_and_two_unit_lengths(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == ("DURATION", value)


@pytest.mark.parametrize("text,years", [
    ("Clubs fought over the 2009-10 season.", [("2009", "2009"), ("10", "2010")]),
    ("The 2012/13 budget was cut.", [("2012", "2012"), ("13", "2013")]),
    ("The 2008-2010 slump ended.", [("2008", "2008"), ("2010", "2010")]),
])
def test_two_years_are_no_month(text: str, years: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == years


@pytest.mark.parametrize("text,phrase", [
    ("The shop is open 24/7.", "24/7"),
    ("About 3/4 of members agreed.", "3/4"),
    ("Ask for part 12/5 of the manual.", "12/5"),
    ("It was the latest period of calm in the valley.", "period"),
])
def test_shapes_that_are_not_dates(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert [m.text for m in tag_text(text, DCT) if m.start <= at < m.end] == []

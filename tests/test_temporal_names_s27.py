"""Session 27's news and business prose: a relative unit before a verb's "of" ("convicted last
month of fraud"), years inside firms' names and statutes' titles, the edge of a season or a
decade in the span, "the full year" before an amount, and "a year ago" after a past verb in a
results story. Every sentence is written for this project; each table holds cases that fail on
the code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.type, m.value, m.mod) for m in tag_text(text, dct)}


# Thursday 14 March 2024.
THU = date(2024, 3, 14)

# --- "last/this/next <unit>" before "of" after a past verb: the verb's date -------------------
UNIT_BEFORE_OF = [
    ("The former treasurer was convicted last month of four counts of embezzlement.",
     [("last month", "2024-02")]),
    ("The novelist died last year of complications from pneumonia.", [("last year", "2023")]),
    ("A harbour pilot was cleared last week of any blame for the collision.",
     [("last week", "2024-W10")]),
    ("The ferry operator warned this week of further cancellations.",
     [("this week", "2024-W11")]),
    ("Two guards were found guilty last week of smuggling phones into the jail.",
     [("last week", "2024-W10")]),
    ("The councillor was accused last month of misusing a grant.", [("last month", "2024-02")]),
]

# must stay: a determiner, a possessive or a copula before "last"
NOT_UNIT_BEFORE_OF = [
    "Snow fell during the last month of the winter term.",
    "In his last year of office the governor vetoed nine bills.",
    "Its last week of trading on the exchange was quiet.",
    "The tribunal heard evidence in her last month of service.",
    "It was last year of all years that the orchard failed.",
]


@pytest.mark.parametrize(("text", "want"), UNIT_BEFORE_OF)
def test_a_verbs_unit_before_of(text, want) -> None:
    found = _found(text, THU)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize("text", NOT_UNIT_BEFORE_OF)
def test_a_units_last_stretch_before_of_is_no_date(text) -> None:
    found = _found(text, THU)
    assert not any(k.lower().startswith(("last ", "this ", "next ")) for k in found), found


# --- years inside a firm's name or a statute's title: no year ---------------------------------
NO_YEAR_IN_NAMES = [
    "said Priya Nair, a strategist at Meridian 2000 Advisors in Denver.",
    "The stake was sold to Harbour 2010 Capital last autumn.",
    "Lindqvist runs Northlight 1999 Associates from Malmo.",
    "The fund is managed by Cedar 2005 Partners of Toronto.",
    "A driver was charged under the Road Safety (Offences) Act 1988 after the crash.",
    "Lenders must follow the Consumer Credit Act 1974 when they advertise.",
    "Directors have duties under the Companies Act, 2013, the court said.",
]

# must stay: a year after a preposition, a lower-case "act", a year before a name's word
YEAR_STAYS = [
    ("Under the 1974 act, landlords must register deposits.", "1974"),
    ("A law passed in 1974 set the speed limit.", "1974"),
    ("The act of 1988 was repealed in 2001.", "1988"),
    ("The firm breached the Fair Lending Act of 1968, the regulator said.", "1968"),
    ("In 2020 Partners at the firm took a pay cut.", "2020"),
    ("Since 2019 Capital spending has risen every year.", "2019"),
    ("Crowds filled the Sydney 2000 Olympics stadium.", "2000"),
]


@pytest.mark.parametrize("text", NO_YEAR_IN_NAMES)
def test_a_year_in_a_name_is_no_date(text) -> None:
    found = _found(text, THU)
    assert not any(v[1][:2] in ("19", "20") and len(v[1]) == 4 for v in found.values()), found


@pytest.mark.parametrize(("text", "year"), YEAR_STAYS)
def test_a_year_stays(text, year) -> None:
    assert _found(text, THU).get(year, (None, None))[1] == year


# --- the edge of a season or a decade: in the span, with its mod ------------------------------
EDGES = [
    ("The board is expected to decide by the end of the summer.",
     "the end of the summer", "2024-SU", "END"),
    ("The pier will reopen at the start of the summer.", "the start of the summer", "2024-SU",
     "START"),
    ("Repairs were finished by the end of the winter.", "the end of the winter", "2024-WI",
     "END"),
    ("By the end of the 1970s the mill employed 900 people.", "the end of the 1970s", "197",
     "END"),
    ("At the start of the 1990s the port handled few containers.", "the start of the 1990s",
     "199", "START"),
    # must stay
    ("The pool is busiest in the summer.", "the summer", "2024-SU", ""),
    ("Hay is baled by the end of summer.", "summer", "2024-SU", ""),
    ("In the 1970s the mill employed 900 people.", "the 1970s", "197", ""),
    ("The late 1990s were good years for the port.", "The late 1990s", "199", "END"),
    ("by the end of the year", "the end of the year", "2024", "END"),
]


@pytest.mark.parametrize(("text", "span", "value", "mod"), EDGES)
def test_a_season_or_decade_edge(text, span, value, mod) -> None:
    found = _found(text, THU)
    assert found.get(span, (None, None, None))[1:] == (value, mod), found


# --- "the full year" before an amount; "a year ago" after a past verb -------------------------
BUSINESS = [
    ("Feb 14 2024", "The carrier expects a profit for the full year of at least 90 million euros.",
     "the full year", "2024"),
    ("Feb 14 2024", "The brewer forecasts sales for the full year of about $2 billion.",
     "the full year", "2024"),
    ("Mar 5 2024", "The group booked a charge in the first quarter. \"Orders did not pick up "
     "the way we expected a year ago,\" the chief executive said.", "a year ago", "2023"),
    ("Mar 5 2024", "Profit fell in the first half. The plant it bought a year ago lost money.",
     "a year ago", "2023"),
    # must stay: a comparison keeps the quarter
    ("Mar 5 2024", "Profit rose to $9 million in the first quarter from $7 million a year ago.",
     "a year ago", "2023-Q1"),
    ("Mar 5 2024", "Margins in the first quarter were wider than they were a year ago.",
     "a year ago", "2023-Q1"),
    ("Mar 5 2024", "Sales in the first quarter rose 3% compared with a year ago.",
     "a year ago", "2023-Q1"),
]


@pytest.mark.parametrize(("when", "text", "span", "value"), BUSINESS)
def test_business_wording(when, text, span, value) -> None:
    month, day, year = when.split()
    dct = date(int(year), {"Feb": 2, "Mar": 3}[month], int(day))
    assert _found(text, dct).get(span, (None, None))[1] == value, _found(text, dct)


@pytest.mark.parametrize("text", [
    "It was the full year of trading after the merger.",
    "He spent the whole year of 2019 abroad.",
])
def test_the_full_year_of_a_noun_stays_out(text) -> None:
    assert not any(("year" in k and "full" in k) or "whole" in k for k in _found(text, THU))

"""Session 29's news spans and periods: a stretch up to now ("the past decade") keeps its span
and value before a clause opened by "after"/"before", where a bare "the past" was left; a unit
phrase ("the end of the year") stands before "or" and a verb; "the" before a hyphenated century
that qualifies a noun is the noun's; a second half with no year, not begun at the publication
date, is last year's as a quarter is; "the days/weeks/months ahead" are "the coming days...",
FUTURE_REF. Every sentence is written for this project; each table holds cases that fail on
the code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _mentions(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


def _check(text: str, dct: date, want: list[tuple[str, str, str]]) -> None:
    found = _mentions(text, dct)
    for span, typ, value in want:
        assert found.get(span) == (typ, value), (span, found)


# Wednesday 13 March 2024; Tuesday 22 January 1991; Thursday 16 May 1991.
DCT, JAN, MAY = date(2024, 3, 13), date(1991, 1, 22), date(1991, 5, 16)

STRETCH_BEFORE_CLAUSE = [
    ("Herring catches in the Baltic have climbed steadily over the past decade after quotas "
     "were halved, fisheries officials say.", [("the past decade", "DURATION", "P10Y")]),
    ("Rents in the harbour district rose over the past year after two mills shut.",
     [("the past year", "DATE", "2023")]),
    ("Orders at the Dunmore yard fell in the past quarter after a tanker contract lapsed.",
     [("the past quarter", "DATE", "2023-Q4")]),
    ("Three new ferries will sail over the coming decade after the terminal opens.",
     [("the coming decade", "DURATION", "P10Y")]),
    # must stay: the same stretches with nothing after them, and a plain count
    ("Herring catches have climbed steadily over the past decade.",
     [("the past decade", "DURATION", "P10Y")]),
    ("Rents in the harbour district rose over the past year.",
     [("the past year", "DATE", "2023")]),
    ("Rents rose over the past two years after two mills shut.",
     [("the past two years", "DURATION", "P2Y")]),
    ("Tolls were cut last month after drivers protested.", [("last month", "DATE", "2024-02")]),
]


@pytest.mark.parametrize(("text", "want"), STRETCH_BEFORE_CLAUSE)
def test_a_stretch_up_to_now_keeps_its_span_before_a_clause(text, want) -> None:
    _check(text, DCT, want)


def test_a_decade_counted_from_an_event_stays_untagged() -> None:
    # "the decade after the war" is counted from the war, no stretch up to now
    assert _mentions("Wages stalled in the decade after the war.", DCT) == {}


def test_no_bare_past_is_left_of_a_stretch_before_a_clause() -> None:
    found = _mentions("Cod stocks have recovered slowly over the past decade after the cuts.",
                      DCT)
    assert "the past" not in found


UNIT_BEFORE_OR_VERB = [
    ("Landlords must register every flat by the end of the year or pay a fine.",
     [("the end of the year", "DATE", "2024")]),
    ("Hauliers must fit the new tachographs by the end of the month or lose their permits.",
     [("the end of the month", "DATE", "2024-03")]),
    ("Clubs have to settle their debts by next month or face relegation.",
     [("next month", "DATE", "2024-04")]),
    # must stay: "or" going on with another time
    ("The bridge may reopen by the end of the year or early next year.",
     [("early next year", "DATE", "2025")]),
]


@pytest.mark.parametrize(("text", "want"), UNIT_BEFORE_OR_VERB)
def test_a_unit_phrase_stands_before_or_and_a_verb(text, want) -> None:
    _check(text, DCT, want)


@pytest.mark.parametrize("text", [
    "The depot may close this year or next.",
    "The line has been shut for the past week or two.",
])
def test_or_going_on_with_another_time_leaves_no_unit_phrase(text) -> None:
    found = _mentions(text, DCT)
    assert "this year" not in found and "the past week" not in found, found


CENTURY_ADJECTIVES = [
    ("The roof of the 16th-century chapel at Kelmarsh fell in overnight.",
     [("16th-century", "DATE", "15")]),
    ("Thieves took two paintings from the late 18th-century manor on the hill.",
     [("late 18th-century", "DATE", "17")]),
    # must stay: a century that is the noun keeps "the"
    ("The chapel at Kelmarsh dates from the 16th century.",
     [("the 16th century", "DATE", "15")]),
    ("Parts of the manor were built in the 18th-century and rebuilt later.",
     [("the 18th-century", "DATE", "17")]),
    ("A 16th-century chapel fell in.", [("16th-century", "DATE", "15")]),
]


@pytest.mark.parametrize(("text", "want"), CENTURY_ADJECTIVES)
def test_the_is_the_nouns_before_a_century_adjective(text, want) -> None:
    _check(text, DCT, want)


HALVES = [
    ("Brackwell Air earned $41 million in 1990, down from $77 million in 1989. Second-half "
     "sales fell 6%.", JAN, [("Second-half", "DATE", "1990-H2")]),
    ("Second-half deliveries slipped, the shipyard said.", MAY,
     [("Second-half", "DATE", "1990-H2")]),
    # must stay: a second half ahead, a first half begun, a quarter as before
    ("The brewer expects second-half sales to recover.", JAN,
     [("second-half", "DATE", "1991-H2")]),
    ("Second-half sales will improve, the chairman said.", MAY,
     [("Second-half", "DATE", "1991-H2")]),
    ("First-half profit rose 4%, the brewer said.", MAY, [("First-half", "DATE", "1991-H1")]),
    ("Brackwell Air earned $41 million in 1990. Fourth-quarter sales fell 6%.", JAN,
     [("Fourth-quarter", "DATE", "1990-Q4")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), HALVES)
def test_a_second_half_not_begun_is_last_years(text, dct, want) -> None:
    _check(text, dct, want)


AHEAD = [
    ("Inspectors will visit the remaining dairies in the days ahead.",
     [("the days ahead", "DATE", "FUTURE_REF")]),
    ("Fuel prices may climb further in the weeks ahead, traders warned.",
     [("the weeks ahead", "DATE", "FUTURE_REF")]),
    ("The months ahead will test the new coalition.",
     [("The months ahead", "DATE", "FUTURE_REF")]),
    # must stay: "the coming weeks", a count ahead of an event, a past stretch
    ("Fuel prices may climb further in the coming weeks.",
     [("the coming weeks", "DATE", "FUTURE_REF")]),
    ("Two weeks ahead of the vote, the polls tightened.", [("Two weeks", "DURATION", "P2W")]),
    ("Prices climbed over the past weeks.", [("the past weeks", "DURATION", "PXW")]),
]


@pytest.mark.parametrize(("text", "want"), AHEAD)
def test_units_ahead_are_the_coming_ones(text, want) -> None:
    _check(text, DCT, want)

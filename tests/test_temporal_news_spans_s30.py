"""Session 30's news spans, spurious and missed mentions: a group's average, median or mean age
is an age, no length; "as recently as" compares whatever follows it, so "recently" is no time
of its own; a calendar verb's "early"/"late" before "this year" is the verb's ("Easter falls
early this year"), while "early on"/"late on" before a weekday is one span with the weekday (not
after a verb of opening, closing or staying); a hedge before a count of times is in the SET's
span, APPROX; a bare "fall" after a deadline's preposition that ends its phrase is the season (a
headline's "won't reopen until fall"). Every sentence is written for this project; each table
holds cases that fail on the code before the session and same-shape cases that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _mentions(text: str, dct: date) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.value) for m in tag_text(text, dct)}


def _check(text: str, dct: date, want: list[tuple[str, str, str]]) -> None:
    found = _mentions(text, dct)
    assert len(found) == len(want), (want, found)
    for span, typ, value in want:
        assert found.get(span) == (typ, value), (span, found)


# Wednesday 13 March 2024; Thursday 8 November 1990; Thursday 19 May 2016.
DCT, NOV, MAY = date(2024, 3, 13), date(1990, 11, 8), date(2016, 5, 19)

AGES = [
    ("Kestrel Air will retire a fleet of 22 turboprops whose average age is 19 years.", []),
    ("The ferries have an average age of 31 years, the port authority said.", []),
    ("The median age of the county's buses was about 14 years in 2023.",
     [("2023", "DATE", "2023")]),
    ("Their mean age is 8 years, down from 11.", []),
    # must stay: lengths near an average that is no age
    ("The average wait for a council flat is 6 years in Dunmore.",
     [("6 years", "DURATION", "P6Y")]),
    ("The fleet has aged over 12 years of hard service.", [("12 years", "DURATION", "P12Y")]),
    ("The airline will lease the jets for 12 years, at an average age of delivery.",
     [("12 years", "DURATION", "P12Y")]),
]


@pytest.mark.parametrize(("text", "want"), AGES)
def test_an_average_age_is_no_length(text, want) -> None:
    _check(text, DCT, want)


RECENTLY_AS = [
    ("As recently as a couple of days ago, the harbour master was promising the pier would "
     "hold.", [("a couple of days ago", "DATE", "2024-03-11")]),
    ("The union was still talking to the board as recently as three weeks ago.",
     [("three weeks ago", "DATE", "2024-W08")]),
    # must stay: "recently" alone, or after a comma and "as" of a clause
    ("The mill has recently hired forty welders.", [("recently", "DATE", "PAST_REF")]),
    ("Grain prices have climbed recently, as traders feared.",
     [("recently", "DATE", "PAST_REF")]),
    ("Rates were cut as recently as January.", [("January", "DATE", "2024-01")]),
    ("The quay flooded as recently as anyone in the village can recall.",
     [("recently", "DATE", "PAST_REF")]),
]


@pytest.mark.parametrize(("text", "want"), RECENTLY_AS)
def test_as_recently_as_is_a_comparison(text, want) -> None:
    _check(text, DCT, want)


EARLY_LATE = [
    # a date's verb takes the adverb: the span is "this year"
    ("Passover falls early this year, and the bakeries are already busy.",
     [("Passover", "DATE", "1991-03-30"), ("this year", "DATE", "1990")]),
    ("The school holidays come late this year.", [("this year", "DATE", "1990")]),
    # "early on"/"late on" before a weekday: one span
    ("Fisheries ministers from five states agreed early on Tuesday on new quotas.",
     [("early on Tuesday", "DATE", "1990-11-06")]),
    ("The peso slipped to 41.2 per dollar late on Monday in Manila.",
     [("late on Monday", "DATE", "1990-11-05")]),
    ("Late on Wednesday, firefighters reopened the ring road.",
     [("Late on Wednesday", "DATE", "1990-11-07")]),
    # must stay: a past verb's time in the year, "next"/"last" years, a verb's adverb before
    # "on <weekday>", and "early on" with no day
    ("Exports fell early this year, the ministry said.", [("early this year", "DATE", "1990")]),
    ("The vote comes early next year.", [("early next year", "DATE", "1991")]),
    ("The company said late last year that it would cut jobs.",
     [("late last year", "DATE", "1989")]),
    ("Most pharmacies will close early on Friday for the holiday.",
     [("Friday", "DATE", "1990-11-09")]),
    ("The gallery stays open late on Thursday.", [("Thursday", "DATE", "1990-11-08")]),
    ("Early on, the visitors struggled to keep the ball.", []),
    ("Ministers met early Tuesday.", [("early Tuesday", "DATE", "1990-11-06")]),
]


@pytest.mark.parametrize(("text", "want"), EARLY_LATE)
def test_early_and_late_by_what_they_modify(text, want) -> None:
    _check(text, NOV, want)


def test_early_on_and_late_on_a_weekday_keep_their_mods() -> None:
    mods = {m.text: m.mod for m in tag_text(
        "Talks stalled early on Tuesday and resumed late on Wednesday.", NOV)}
    assert mods == {"early on Tuesday": "START", "late on Wednesday": "END"}


HEDGED_SETS = [
    ("Riders in the league are tested about six times a year.",
     [("about six times a year", "SET", "P1Y")]),
    ("The ferry calls roughly twice a week in winter.",
     [("roughly twice a week", "SET", "P1W"), ("winter", "DATE", "2024-WI")]),
    # must stay: an unhedged count of times
    ("Riders are tested six times a year.", [("six times a year", "SET", "P1Y")]),
]


@pytest.mark.parametrize(("text", "want"), HEDGED_SETS)
def test_a_hedge_is_in_a_sets_span(text, want) -> None:
    _check(text, DCT, want)


def test_a_hedged_set_is_approx() -> None:
    (m,) = tag_text("Riders in the league are tested about six times a year.", DCT)
    assert m.mod == "APPROX"


BARE_FALL = [
    ("Dunmore's new swimming pool won't reopen until fall\nDUNMORE - The pool's repairs ...",
     [("fall", "DATE", "2016-FA")]),
    ("The ring road will not be finished before fall, the council said.",
     [("fall", "DATE", "2016-FA")]),
    ("Rents have climbed since fall.", [("fall", "DATE", "2015-FA")]),
    # must stay: the verb and the noun of a drop
    ("Prices may fall until summer, traders said.", [("summer", "DATE", "2016-SU")]),
    ("Shares could fall by the end of the year.", [("the end of the year", "DATE", "2016")]),
    ("The index was hurt by fall in oil prices.", []),
    ("The roof leaked until fall repairs began.", []),
]


@pytest.mark.parametrize(("text", "want"), BARE_FALL)
def test_a_bare_fall_after_a_deadline_is_the_season(text, want) -> None:
    _check(text, MAY, want)


"""The recogniser alone: spans and rule names, tested apart from resolution."""

from __future__ import annotations

import itertools

import pytest

from summarize.temporal import recognise


@pytest.mark.parametrize("text,spans", [
    ("On Friday, May 6, 2022 it ended.", [("Friday, May 6, 2022", "date_month_day")]),
    ("Today, Saturday, troops moved.", [("Today, Saturday", "apposition")]),
    ("yesterday (Friday)", [("yesterday (Friday)", "apposition")]),
    ("noon Thursday", [("noon Thursday", "part_of_day")]),
    ("at 5 p.m. EST, Nov. 6", [("5 p.m. EST, Nov. 6", "time_on_date")]),
    ("for the past three months", [("the past three months", "duration")]),
    ("the 12th day of the strike", [("the 12th day of the strike", "era_day_ordinal")]),
    ("since the start of the war", [("the start of the war", "era_since_start")]),
    ("three days ago and in 10 days", [("three days ago", "offset"),
                                       ("10 days", "offset_in")]),
])
def test_spans_and_rules(text: str, spans: list[tuple[str, str]]) -> None:
    assert [(c.text, c.rule) for c in recognise(text)] == spans


def test_candidates_do_not_overlap_and_are_ordered() -> None:
    text = "From May 3 to 6, 2022, and then the day before yesterday at 3 p.m., in 2019."
    cands = recognise(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(cands))
    assert all(text[c.start:c.end] == c.text for c in cands)


def test_fortnight_comes_from_the_unit_table() -> None:
    from summarize.temporal.resources.units import UNITS
    assert UNITS["fortnight"] == ("W", 2, "week")

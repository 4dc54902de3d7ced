"""Lengths and recurrences of wire copy (session 11, newswire): a recurrence adverb before
"with" ("would rise annually with inflation"), a bare plural unit
after a verb of taking time ("could take months"), "every half
hour", "every" before a holiday of fixed date ("every New Year's Eve"), "every <count> <units>
from <day>" as a SET and the day it starts, and a record's length after four words of a
compound ("the busiest Harvest Day holiday weekend in 20 years"). Invented sentences; published
Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


def _tags(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, want", [
    ("After 2026, the levy would rise annually with inflation.",
     ("annually", "SET", "P1Y")),
    ("Fees rise yearly with the cost of living.", ("yearly", "SET", "P1Y")),
    ("An engineer said it could take months to trace the leak.",
     ("months", "DURATION", "PXM")),
    ("Repairs will take weeks, the council said.", ("weeks", "DURATION", "PXW")),
    ("Trams will run every half hour on Sundays.", ("every half hour", "SET", "PT30M")),
    ("Each half hour a bell rang.", ("Each half hour", "SET", "PT30M")),
    ("Every New Year's Eve she lit a lantern on the quay.",
     ("Every New Year's Eve", "SET", "XXXX-12-31")),
    ("Buses will leave every 20 minutes from Monday.", ("every 20 minutes", "SET", "PT20M")),
    ("Buses will leave every 20 minutes from Monday.", ("Monday", "DATE", "2024-03-18")),
    ("Busiest Harvest Day holiday weekend in 20 years", ("20 years", "DURATION", "P20Y")),
])
def test_wire_lengths_and_sets(text: str, want: tuple[str, str, str]) -> None:
    assert want in _tags(text)


@pytest.mark.parametrize("text, absent", [
    ("The annually adjusted rate fell.", "annually"),  # before an adjective: untouched
    ("The clerk took the minutes of the meeting.", "the minutes"),
    ("Rescuers reached the village in 20 minutes from the depot.", "20 minutes from the depot"),
])
def test_wire_lengths_and_sets_untouched(text: str, absent: str) -> None:
    assert absent not in [t for t, _, _ in _tags(text)]

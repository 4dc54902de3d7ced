"""A clock time told after "overnight" falls on the day the night ended on, not on the day the
night began (session 11, newswire): "overnight" is the night before the publication date
(or the coming one in a future clause), and the story's next clock times are told of the
morning after it. Invented sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from tagged_values import value_of

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The river rose two feet overnight. The agency issued a flood warning at 9 a.m. for the "
     "valley.", "9 a.m.", "2024-03-13T09:00"),
    ("Gusts had reached 90 mph overnight. At 7 a.m. the bridge was closed.", "7 a.m.",
     "2024-03-13T07:00"),
    ("Snow will fall overnight. Ploughs will set out at 5 a.m.", "5 a.m.",
     "2024-03-14T05:00"),
    # unchanged: after a named day the clock time keeps that day
    ("The river rose on Monday. The agency issued a flood warning at 9 a.m.", "9 a.m.",
     "2024-03-11T09:00"),
])
def test_clock_after_overnight(text: str, span: str, want: str) -> None:
    assert value_of(text, span, DCT) == want

"""Two weekdays that make a range ("from Tuesday to Sunday", "between Monday and Wednesday")
are read together: the second end is never before the first, and a range that is not
explicitly ahead ends on or before the publication date (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

RANGES = [
    # past (or no tense): the range ends on or before the publication date
    ("The fair ran from Tuesday to Sunday.", ("2024-03-05", "2024-03-10")),
    ("The exhibition was open Friday through Tuesday.", ("2024-03-08", "2024-03-12")),
    ("Talks were held between Monday and Wednesday.", ("2024-03-11", "2024-03-13")),
    # ahead: the range starts after the publication date
    ("Roads will close between Thursday and Saturday.", ("2024-03-14", "2024-03-16")),
    ("The works will run from Friday until Tuesday.", ("2024-03-15", "2024-03-19")),
    # from now to a weekday: the weekday lies ahead
    ("Ballots may be cast between now and Friday.", ("PRESENT_REF", "2024-03-15")),
]


@pytest.mark.parametrize("text,values", RANGES)
def test_weekday_range(text: str, values: tuple[str, str]) -> None:
    got = [m.value for m in tag_text(text, WED)][-2:]
    assert tuple(got) == values


def test_the_explanation_says_the_range_was_read_as_one() -> None:
    ms = tag_text("The fair ran from Tuesday to Sunday.", WED)
    assert "range" in ms[0].explanation and "range" in ms[1].explanation

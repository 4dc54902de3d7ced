"""Short inputs and genre texts (session 15, round 1): posts' spellings of "tomorrow" as the
base of a compound ("day after tmrw", "a week from tmrw") count from tomorrow; DCT Wednesday
2024-03-13."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday

TMRW_COMPOUNDS = [
    ("day after tmrw", "day after tmrw", "2024-03-15"),
    ("gig is the day after 2moro!!", "day after 2moro", "2024-03-15"),
    ("a week from tmrw", "a week from tmrw", "2024-03-21"),
    ("dentist two days from tmrw ugh", "two days from tmrw", "2024-03-16"),
    ("back a fortnight from 2moro x", "a fortnight from 2moro", "2024-03-28"),
]


@pytest.mark.parametrize(("text", "span", "value"), TMRW_COMPOUNDS)
def test_tomorrow_spellings_in_compounds(text: str, span: str, value: str) -> None:
    """The whole compound is one mention counted from tomorrow, not "tmrw" alone."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


ABBR_AT_NOON = [
    ("wed at noon", "wed at noon", "2024-03-13T12:00"),
    ("fri at midday works", "fri at midday", "2024-03-15T12:00"),
    ("sat at midnight then?", "sat at midnight", "2024-03-16T24:00"),
    ("on thurs at noon", "thurs at noon", "2024-03-14T12:00"),
]


@pytest.mark.parametrize(("text", "span", "value"), ABBR_AT_NOON)
def test_weekday_abbreviation_at_noon(text: str, span: str, value: str) -> None:
    """A chat's weekday abbreviation before "at noon" is that day's noon, one mention."""
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]


NOON_NOT_A_DAY = [
    "they wed at noon in the chapel",
    "sun at noon, showers later",
    "I sat at noon by the canal",
]


@pytest.mark.parametrize("text", NOON_NOT_A_DAY)
def test_verbs_and_weather_before_at_noon(text: str) -> None:
    """A verb ("wed", "sat") or the weather's "sun" before "at noon" is no weekday."""
    assert all(m.value == "2024-03-13T12:00" for m in tag_text(text, DCT))

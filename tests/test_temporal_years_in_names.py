"""Four digits after "the" before an organisation's capitalised last word ("the 1911 Society")
or right after a band's or a podcast's noun ("the band 1986") are a name's word, no year
(session 13); a year before a stage's group ("Group 4") or after a preposition stays."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NAMES = [
    "The 1911 Society restored the bandstand.",
    "Members of the 1968 Foundation met the mayor.",
    "The band 1986 sold out the Corn Exchange.",
    "The podcast 2049 asks what cities will look like.",
]


@pytest.mark.parametrize("text", NAMES)
def test_years_in_names_are_no_years(text: str) -> None:
    assert [m.value for m in tag_text(text, DCT)] == []


YEARS = [
    ("the Cup 2014 Group 4 draw", "2014"),
    ("In 2011 Trust income fell.", "2011"),
    ("The 2019 report of the Society was late.", "2019"),
]


@pytest.mark.parametrize(("text", "value"), YEARS)
def test_years_beside_names_stay(text: str, value: str) -> None:
    assert value in [m.value for m in tag_text(text, DCT)]

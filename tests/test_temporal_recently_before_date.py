""""as recently as <date>", "most recently in <date>": the date that follows names the time;
the adverb before it only ranks it and is not tagged (session 10, round 2, unseen newswire).
"recently" on its own, or before a word that is no date, stays PAST_REF."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import found

# DCT: Saturday 7 May 2022
CASES = [
    ("As recently as the winter of 2019, the Harlow mill employed 300 people.",
     [("the winter of 2019", "2019-WI")]),
    ("Fares on the Quell ferry were cut as recently as March 2021.",
     [("March 2021", "2021-03")]),
    ("The Dunmore choir has toured twice, most recently in 2016.", [("2016", "2016")]),
    ("The bridge was repainted in 2009 and, more recently, in 2018.", [("2009", "2009"),
                                                                      ("2018", "2018")]),
    ("Tolls on the Esk road rose as recently as last week.", [("last week", "2022-W17")]),
    ("The Vane trust lent the painting out, most recently on Tuesday.",
     [("Tuesday", "2022-05-03")]),
    # no date after it: "recently" is the vague past, as before
    ("The Harlow mill recently hired 40 welders.", [("recently", "PAST_REF")]),
    ("Most recently, the Dunmore choir sang in Oslo.", [("Most recently", "PAST_REF")]),
    ("Fares were cut recently, in a bid to fill the Quell ferry.", [("recently", "PAST_REF")]),
    ("The stall opened as recently as anyone can remember.", [("recently", "PAST_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recently_before_a_date(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected

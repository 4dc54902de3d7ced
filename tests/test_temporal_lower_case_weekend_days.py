"""Posts write weekday abbreviations in lower case: "sat", "sun", "wed" (also words) are days
before a part of day anywhere in a post ("dinner sat night", "free sun afternoon"), not after
"the"/"a" nor in "sat night after night"; "tues" and "thurs" are no other word and need no cue.
"gonna" looks forward as "going to" does."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2016, 5, 20)  # a Friday

DAYS = [
    ("gonna host a movie marathon sat night", "sat night", "2016-05-21TNI"),
    ("im gonna ring the landlord on monday", "monday", "2016-05-23"),
    ("anyone free sun afternoon for a hike?", "sun afternoon", "2016-05-22TAF"),
    ("gym class wed evening was brutal", "wed evening", "2016-05-18TEV"),
    ("season finale airs thurs", "thurs", "2016-05-19"),
    ("parcel came tues, still not opened", "tues", "2016-05-17"),
]

WORDS = [
    "She sat night after night beside the radio.",
    "They rose to watch the sun morning after morning.",
    "Thurston Moore played the encore.",
    "We sat at two long tables.",
]


@pytest.mark.parametrize(("text", "span", "value"), DAYS)
def test_lower_case_abbreviations_are_days(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize("text", WORDS)
def test_the_words_stay_words(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []

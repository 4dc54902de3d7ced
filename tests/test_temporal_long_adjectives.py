"""A unit joined to "long" ("a year-long inquiry", "the weeklong strike", "a day-long summit")
is a length of one unit, as TIMEX3 annotates counted adjectives ("a three-year plan"); it was
missed, and "The day-long summit" was read as the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

LENGTHS = [
    ("The year-long inquiry cleared the harbour board.", "year-long", "P1Y"),
    ("A weeklong strike shut the container port.", "weeklong", "P1W"),
    ("The day-long summit ended without a communique.", "day-long", "P1D"),
    ("The decade-long dispute over the river was settled.", "decade-long", "P10Y"),
    # the article is the noun's ("a [month-long] consultation"), outside the span since
    # session 21, as the blind set's keys and TimeML's extents have it
    ("Investors sat through an hour-long presentation.", "hour-long", "PT1H"),
    ("The council launched a month-long consultation.", "month-long", "P1M"),
    ("The yearlong audit found no missing funds.", "yearlong", "P1Y"),
    ("The century-long rivalry between the clubs goes on.", "century-long", "P100Y"),
]


@pytest.mark.parametrize(("text", "span", "value"), LENGTHS)
def test_a_unit_long_is_a_length_of_one_unit(text: str, span: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, "DURATION", value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The firm began a two-year-long overhaul.", "two-year-long", "P2Y"),
    ("Residents faced a week-long closure.", "week-long", "P1W"),
])
def test_counted_ones_keep_their_count(text: str, span: str, value: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == [(span, value)]


@pytest.mark.parametrize("text", ["The yard builds long ships.", "She waited all day long.",
                                  "The players' long season of travel wore them out."])
def test_long_alone_is_no_length(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT) if m.type == "DURATION"] == []

"""A season joined by a hyphen to a participle makes a compound adjective ("a spring-loaded
latch", "spring-fed ponds", "winter-flowering shrubs"), not a time; "the spring-summer
collection" and "last spring's floods" are untouched."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)


@pytest.mark.parametrize("text", [
    "The spring-loaded latch snapped shut.",
    "The spring-fed ponds never freeze.",
    "Plant winter-flowering shrubs near the door.",
    "The summer-dried hay was stacked in the barn.",
])
def test_a_season_in_a_participle_compound_is_no_time(text: str) -> None:
    assert tag_text(text, DCT) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The floods came last spring.", "last spring"),
    ("Crews cleared the spring-fed ponds in the spring.", "the spring"),
])
def test_seasons_elsewhere_stay(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]

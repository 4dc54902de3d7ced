"""Four-digit counts after a verb and "for" (issue 13, eleventh batch follow-up): "built for
1950 spectators" counts things; a year after "for" before a report noun or a time unit stays."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

COUNTS = [
    "The stadium was built for 1950 seated spectators.",
    "The battery is rated for 2050 charge cycles.",
    "The hall is licensed for 1980 drinkers.",
    "The kitchen cooks for 2020 hungry pupils across the district.",
    "The shelter was designed for 1990 displaced households.",
]

YEARS = [
    ("The party is preparing for 2026 elections.", "2026"),
    ("Analysts cut forecasts for 2025 earnings.", "2025"),
    ("The minister set targets for 2030 in the plan.", "2030"),
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_after_a_verb_and_for_is_no_year(text: str) -> None:
    assert [m.text for m in tag_text(text, DCT)] == []


@pytest.mark.parametrize(("text", "value"), YEARS)
def test_a_year_after_for_stays(text: str, value: str) -> None:
    assert value in [m.value for m in tag_text(text, DCT)]

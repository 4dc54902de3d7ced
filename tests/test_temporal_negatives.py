"""Things that look like times but are not: no mention may overlap them."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NOT_TIMES = [
    ("Strikes hit 18 sites overnight.", "18 sites"),
    ("Drones destroyed 3 depots.", "3 depots"),
    ("About 500 people fled.", "About 500 people"),
    ("A T-90M tank was hit.", "T-90M"),
    ("An Su-27 jet crashed.", "Su-27"),
    ("A Boeing 737 landed.", "Boeing 737"),
    ("COVID-19 cases rose.", "COVID-19"),
    ("NATO's Article 5 applies.", "Article 5"),
    ("Prices rose 12% this spring.", "12%"),
    ("They won by a score of 3-1.", "3-1"),
    ("Call phone 555-0142 now.", "555-0142"),
    ("He lives at 14 Harbour Road.", "14 Harbour Road"),
    ("They drove down Route 66.", "Route 66"),
    ("The G7 met.", "G7"),
    ("The deal is worth $5.2 billion.", "$5.2 billion"),
    ("Some 2.5 million fled.", "2.5 million"),
    ("It may rain later.", "may"),
    ("The march on the capital began.", "march"),
    ("March organisers said it was peaceful.", "March"),
    ("May the best team win.", "May"),
    ("Prices fall when supply grows.", "fall"),
    ("Water came from a spring in the hills.", "spring"),
    ("The Sun newspaper printed it.", "Sun"),
    ("In 2,000 homes the power failed.", "2,000"),
    ("It costs $2020 a unit.", "$2020"),
    ("An Airbus A320 and an F-16 flew.", "A320"),
    ("Flight MH17 was downed.", "MH17"),
    ("Version 2.1.5 shipped.", "2.1.5"),
    ("He scored 1,990 points.", "1,990"),
    ("Some 1990 people voted.", "1990 people"),
    ("About three-quarters of voters agreed.", "three-quarters"),
]


@pytest.mark.parametrize("text,phrase", NOT_TIMES)
@pytest.mark.parametrize("dct", [DCT, None])
def test_not_a_time(text: str, phrase: str, dct) -> None:
    at = text.index(phrase)
    span = (at, at + len(phrase))
    hits = [m for m in tag_text(text, dct) if m.start < span[1] and span[0] < m.end]
    assert hits == []

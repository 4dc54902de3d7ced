"""Precision conventions (temporal/README.md): ages, counts, ordinals and fractions are no
times; "recent" before an event is PAST_REF; an amount "a year" is a rate (SET)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT, mention

from summarize.temporal import tag_text

#: (text, phrase): no mention may overlap the phrase.
NOT_TIMES = [
    # ages used as adjectives or predicates
    ("A 43-year-old ferry pilot was questioned.", "43-year-old"),
    ("The six-year-old girl was found safe.", "six-year-old"),
    ("Their two-month-old calf is thriving.", "two-month-old"),
    ("The mayor, 61 years old, will retire.", "61 years"),
    ("Staff over 58 years of age may apply.", "58 years"),
    ("The trust is a 140-year-old charity.", "140-year-old"),
    ("Drivers aged 70 years must renew.", "70 years"),
    # four-digit numbers that count things
    ("The convoy drove 2000 kilometres north.", "2000"),
    ("Rebels said 2000 dead soldiers lay in the valley.", "2000"),
    ("Nearly 1800 new homes were approved.", "1800"),
    ("The trail climbs 1500 m above the lake.", "1500"),
    ("Some 1990 runners finished the course.", "1990"),
    # "second" as an ordinal, "quarter" as a fraction
    ("A second group of climbers set out.", "second"),
    ("She won the title for a second time.", "second"),
    ("About a quarter of the delegates left.", "quarter"),
    ("The plan cut 600, or roughly a quarter, of its branches.", "quarter"),
    # "recent" qualifying a possessor, not the time of the noun
    ("He cited a recent graduate's complaint.", "recent"),
]


@pytest.mark.parametrize("text,phrase", NOT_TIMES)
def test_not_a_time(text: str, phrase: str) -> None:
    at = text.index(phrase)
    hits = [(m.text, m.value) for m in tag_text(text, DCT)
            if m.start < at + len(phrase) and at < m.end]
    assert hits == []


#: (text, span, type, value)
TIMES = [
    ("In 1990 people queued for bread.", "1990", "DATE", "1990"),
    ("Turnout beat the 2016 records.", "2016", "DATE", "2016"),
    ("It will cut emissions below 1990 levels.", "1990", "DATE", "1990"),
    ("According to a recent court filing, the firm owes rent.", "recent", "DATE", "PAST_REF"),
    ("Recent flooding closed the valley road.", "Recent", "DATE", "PAST_REF"),
    ("Investors fret about recent declines in bond prices.", "recent", "DATE", "PAST_REF"),
    ("The merger should save $40 million a year in rent.", "a year", "SET", "P1Y"),
    ("The yard builds 12 hulls a year.", "a year", "SET", "P1Y"),
    ("Nurses work 40 hours per week.", "per week", "SET", "P1W"),
    ("Just wait a second.", "a second", "DURATION", "PT1S"),
    ("He served a second term of five years.", "five years", "DURATION", "P5Y"),
]


@pytest.mark.parametrize("text,span,type_,value", TIMES)
def test_still_a_time(text: str, span: str, type_: str, value: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == (type_, value)

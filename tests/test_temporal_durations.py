"""Durations and sets (TIMEX3 DURATION / SET values)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

DURATIONS = [
    ("The siege lasted for three days.", "three days", "P3D", ""),
    ("Ten died in the past 24 hours.", "the past 24 hours", "PT24H", ""),
    ("He was jailed for a week.", "a week", "P1W", ""),
    ("She served two years.", "two years", "P2Y", ""),
    ("Talks took several months.", "several months", "PXM", ""),
    ("The ban lasts a fortnight.", "a fortnight", "P2W", ""),
    ("He spent 2 1/2 years abroad.", "2 1/2 years", "P2Y6M", ""),
    ("It took half an hour.", "half an hour", "PT30M", ""),
    ("It lasted a minute and a half.", "a minute and a half", "PT1M30S", ""),
    ("The feud lasted nearly two years.", "nearly two years", "P2Y", "EQUAL_OR_LESS"),
    ("The talks lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("Stocks hit a 10-year high.", "10-year", "P10Y", ""),
    ("The region has been unstable for decades.", "decades", "PXY", ""),
    ("Rain is forecast for the next few days.", "the next few days", "PXD", ""),
    ("Output fell in the past three months.", "the past three months", "P3M", ""),
    ("The plan covers the next two years.", "the next two years", "P2Y", ""),
    ("He waited twenty-four hours.", "twenty-four hours", "PT24H", ""),
    ("The truce held for 72 hours.", "72 hours", "PT72H", ""),
    ("Prices rose in the first nine months.", "the first nine months", "P9M", ""),
    ("He spoke for about 30 minutes.", "about 30 minutes", "PT30M", "APPROX"),
    ("It has not rained for weeks.", "weeks", "PXW", ""),
    ("A five-year plan was adopted.", "five-year", "P5Y", ""),
    # a count with thousands separators is one number
    ("The relay ran for 1,000 days.", "1,000 days", "P1000D", ""),
    ("The clan kept the seal for 2,500 years.", "2,500 years", "P2500Y", ""),
    ("A 1,000-day plan was adopted.", "1,000-day", "P1000D", ""),
]


@pytest.mark.parametrize("text,span,value,mod", DURATIONS)
def test_durations(text: str, span: str, value: str, mod: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value, m.mod, m.interval) == ("DURATION", value, mod, None)


SETS = [
    ("The market opens every Friday.", "every Friday", "XXXX-WXX-5"),
    ("Prices are checked daily.", "daily", "P1D"),
    ("They meet each week.", "each week", "P1W"),
    ("Trains run twice a week.", "twice a week", "P1W"),
    ("The shop shuts on Fridays.", "Fridays", "XXXX-WXX-5"),
    ("He jogs every morning.", "every morning", "XXXX-XX-XXTMO"),
    ("The paper appears weekly.", "weekly", "P1W"),
    ("Buses come every two weeks.", "every two weeks", "P2W"),
    ("Dividends are paid annually.", "annually", "P1Y"),
]


@pytest.mark.parametrize("text,span,value", SETS)
def test_sets(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == ("SET", value)


def test_set_word_used_as_adjective_is_not_tagged() -> None:
    from summarize.temporal import tag_text
    assert tag_text("The daily newspaper and quarterly earnings.", None) == []

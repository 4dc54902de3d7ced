"""An amount "of" something "a year" is a rate, a SET, as "$40 million a year" is; "in a
<unit>" after a comparison of amounts ("earn more in a year than...") is a length, not a
date ahead."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 7, 14)

RATES = [
    ("The Osk river carries 200 million tonnes of gravel a year to the delta.", "a year"),
    ("Tarvin Co. ships 12,000 crates of pears a year.", "a year"),
    ("Our boilers burn 40 tons of coal a day in winter.", "a day"),
    ("The Pellmar plant bottles 3 million litres of cider a month.", "a month"),
]

LENGTHS = [
    ("She'll earn more in a year at the clinic than her father did in ten.", "a year", "P1Y"),
    ("He will spend more in a month than he used to spend in a season.", "a month", "P1M"),
    ("You'll sell fewer tickets in a week than we sold on one night.", "a week", "P1W"),
    ("The new dam will make less power in a day than the old one did.", "a day", "P1D"),
]

STILL_AHEAD = [
    ("Talks resume in a week.", "a week", "2021-07-21"),
    ("More rain will fall in a week, forecasters said.", "a week", "2021-07-21"),
]


@pytest.mark.parametrize(("text", "span"), RATES)
def test_an_amount_of_a_noun_per_unit_is_a_rate(text: str, span: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got[span][0] == "SET"


@pytest.mark.parametrize(("text", "span", "value"), LENGTHS)
def test_in_a_unit_in_a_comparison_of_amounts_is_a_length(text: str, span: str,
                                                          value: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got[span] == ("DURATION", value)


@pytest.mark.parametrize(("text", "span", "value"), STILL_AHEAD)
def test_in_a_unit_without_a_comparison_stays_ahead(text: str, span: str, value: str) -> None:
    got = {m.text: (m.type, m.value) for m in tag_text(text, DCT)}
    assert got[span] == ("DATE", value)

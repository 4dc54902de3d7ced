"""A forward verb in a past form ("forecast", "predicted", "projected", "expected") after a
comparison's opener and its subject ("lower than it forecast in March", "as the bank
projected") is a forecast already made: past, so a bare month after it lies before the
publication date."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 9, 2)

CASES = [
    ("Inflation in Varrow was 2.1 percent, lower than it forecast in March.", "March",
     "2021-03"),
    ("Output at Kelby was higher than they predicted in April.", "April", "2021-04"),
    ("Pemlo's sales will be lower than the bank projected in May.", "May", "2021-05"),
    ("Orders rose as the Tarvin board expected in June.", "June", "2021-06"),
    # a forecast ahead stays ahead
    ("The bank forecast a rise for March.", "March", "2022-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), CASES)
def test_a_compared_forecast_is_past(text: str, span: str, value: str) -> None:
    assert {m.text: m.value for m in tag_text(text, DCT)}[span] == value

"""A relative word before a bare "hour" ("the past hour", "within the next hour")
is a length of one unit (PT1H), as "the past fortnight" is P2W; "the past hour" was read as
"the past" (PAST_REF) and "the next hour" was missed. "A short time ago" is PAST_REF, as "a
while ago" is."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)

CASES = [
    ("Prices have climbed in the past hour.", "the past hour", "DURATION", "PT1H"),
    ("Officials will brief reporters within the next hour.", "the next hour", "DURATION",
     "PT1H"),
    ("Pumping restarted within the last hour, the operator said.", "the last hour",
     "DURATION", "PT1H"),
    ("The minister spoke to reporters a short time ago.", "a short time ago", "DATE",
     "PAST_REF"),
]


@pytest.mark.parametrize(("text", "span", "kind", "value"), CASES)
def test_the_past_hour(text: str, span: str, kind: str, value: str) -> None:
    assert [(m.text, m.type, m.value) for m in tag_text(text, DCT)] == [(span, kind, value)]


@pytest.mark.parametrize("text", ["The deal was saved at the last minute.",
                                  "Do not leave the repairs to the last minute."])
def test_the_last_minute_is_an_idiom(text: str) -> None:
    assert tag_text(text, DCT) == []


def test_the_past_alone_stays_past_ref() -> None:
    assert [(m.text, m.value) for m in tag_text("Such floods were rare in the past.", DCT)] == [
        ("the past", "PAST_REF")]

"""Posts, session 15 round 2: a lower-case holiday before a gathering's noun and the
gathering's own day is a kind of gathering ("office xmas party tonight"), no date; "best/worst
<unit> ever" with no record's owner before it is praise or a curse, no day; "every <weekday>
<part of day>" is one weekly SET with the part of day."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


def _found(text: str) -> list[tuple[str, str]]:
    """The spans and values the engine finds in ``text`` on the test's publication date."""
    return [(m.text, m.value) for m in tag_text(text, DCT)]


GATHERINGS = [
    ("warehouse xmas party tonight, who's driving", [("tonight", "2024-03-13TNI")]),
    ("the halloween party is on friday, costumes a must", [("friday", "2024-03-15")]),
    ("kids easter hunt tomorrow round the orchard", [("tomorrow", "2024-03-14")]),
    ("our diwali quiz last night was chaos", [("last night", "2024-03-12TNI")]),
    ("christmas disco tmrw!! bring glowsticks", [("tmrw", "2024-03-14")]),
]

HOLIDAYS_STAY = [
    ("no party for me on halloween, working", "halloween", "2023-10-31"),
    ("halloween party at Brenna's, fancy dress", "halloween", "2023-10-31"),
    ("The Christmas party tonight is cancelled.", "Christmas", "2023-12-25"),
    ("can't wait for xmas!!", "xmas", "2024-12-25"),
]

PRAISE = [
    "rained on the picnic and still best week ever",
    "my worst day ever and it's only lunch",
    "honestly our best session ever at the climbing wall",
    "best day ever with the Pellow cousins 💛",
]

RECORDS = [
    ("Shares had their worst week ever, analysts said.", "week", "2024-W11"),
    ("the fund posted its best day since 2019", "day", "2024-03-13"),
    ("Orvale stocks had their best week in months.", "week", "2024-W11"),
]

SETS = [
    ("recycling pickup is every tuesday night on our road", "every tuesday night",
     "XXXX-WXX-2TNI"),
    ("Swim club every Friday morning at the lido", "every Friday morning", "XXXX-WXX-5TMO"),
    ("choir practice each monday evening", "each monday evening", "XXXX-WXX-1TEV"),
    ("karaoke every thurs night!!", "every thurs night", "XXXX-WXX-4TNI"),
    ("every sunday afternoon we walk the dog", "every sunday afternoon", "XXXX-WXX-7TAF"),
]

SETS_STAY = [
    ("every monday nightclub queue is huge", "every monday", "XXXX-WXX-1"),
    ("yoga every tuesday", "every tuesday", "XXXX-WXX-2"),
]


@pytest.mark.parametrize(("text", "expected"), GATHERINGS)
def test_holiday_before_a_gathering_is_no_date(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "span", "value"), HOLIDAYS_STAY)
def test_holiday_as_a_day_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)


@pytest.mark.parametrize("text", PRAISE)
def test_superlative_ever_in_a_post_is_no_day(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "span", "value"), RECORDS)
def test_record_day_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)


@pytest.mark.parametrize(("text", "span", "value"), SETS + SETS_STAY)
def test_every_weekday_part_of_day_is_one_set(text: str, span: str, value: str) -> None:
    assert (span, value) in _found(text)

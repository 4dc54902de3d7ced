"""Session 15 newswire: "a generation ago" as a vague past, "a quarter" as a 25-cent coin, a
weekday opening a clause joined by "and on" before a future, a forecast's "through <weekday>"
told in the past, and "over the past decade" as a length (invented sentences; DCT Wednesday
2022-05-04 for the weekdays)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import DCT, found

WED = date(2022, 5, 4)

VAGUE = [
    ("A generation ago the valley at Orrin Falls was farmland.", "A generation ago", "PAST_REF"),
    ("Weavers in Castelmoor learned the trade generations ago.", "generations ago", "PAST_REF"),
    ("A few generations ago the Pell family ran the only mill.", "A few generations ago",
     "PAST_REF"),
    ("Several generations ago Tarn Quay had a ferry.", "Several generations ago", "PAST_REF"),
]


@pytest.mark.parametrize("text,span,value", VAGUE)
def test_vague_references(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text)


COINS = [
    "As children they paid a quarter for a ride on the Wexley carousel.",
    "A bus ride across Harlow Vale cost a quarter.",
    "The kiosk on Pike Row sold lemonade for a quarter.",
    "The arcade in Dunmore charged a quarter a game.",
    "Peaches went for a quarter apiece at the Mosley stall.",
    "A phone call from the Tolk depot costs only a quarter.",
]


@pytest.mark.parametrize("text", COINS)
def test_a_quarter_paid_is_a_coin(text: str) -> None:
    assert found(text) == []


QUARTERS_STAY = [
    ("The audit at Renfield took a quarter to complete.", "a quarter", "P1Q"),
    ("He paid the loan off in a quarter.", "a quarter", "P1Q"),
    ("Output at the Ardley yard held steady for a quarter.", "a quarter", "P1Q"),
]


@pytest.mark.parametrize("text,span,value", QUARTERS_STAY)
def test_a_quarter_of_time_stays(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text)


AHEAD = [
    # a weekday opening a joined clause whose own verb is a future
    ("The council met in June, and on Friday it will vote again.", "Friday", "2022-05-06"),
    ("The Marlow hall sat empty for years, and on Monday it will reopen as a cinema.",
     "Monday", "2022-05-09"),
    ("The firm cut jobs in March, but from Tuesday it will hire again.", "Tuesday",
     "2022-05-10"),
    # a forecast's end told in the past
    ("The weather service said snow was likely to keep falling through Monday.", "Monday",
     "2022-05-09"),
    ("More snow was likely through Tuesday, the Tollan weather office said.", "Tuesday",
     "2022-05-10"),
    ("Showers were expected to linger through Monday across the Harrow plains.", "Monday",
     "2022-05-09"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_weekdays_ahead(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)


BEHIND = [
    ("The council met in June, and on Friday it voted again.", "Friday", "2022-04-29"),
    ("The fair at Lowmoor ran through Monday.", "Monday", "2022-05-02"),
    ("The heat lasted through Monday in Ambry.", "Monday", "2022-05-02"),
    ("The strike was likely through Monday, the union said.", "Monday", "2022-05-02"),
    ("The club lost on Saturday and on Sunday it said it would appeal.", "Sunday",
     "2022-05-01"),
]


@pytest.mark.parametrize("text,span,value", BEHIND)
def test_weekdays_behind(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, WED)



DECADE_SPANS = [
    ("Rents in Corbel rose over the past decade.", "the past decade", "DURATION", "P10Y"),
    ("Over the last decade, the Tarn ferry doubled its fleet.", "the last decade", "DURATION",
     "P10Y"),
    # not after "over": the decade before the present one, as before
    ("It was the largest fair at Ombry in the past decade.", "the past decade", "DATE", "201"),
    ("Prices at Welby rose over the past year.", "the past year", "DATE", "2021"),
]


@pytest.mark.parametrize("text,span,kind,value", DECADE_SPANS)
def test_over_the_past_decade(text: str, span: str, kind: str, value: str) -> None:
    assert (span, kind, value) in found(text, DCT, "text", "type", "value")

"""A weekday after weather and a present verb of a forecast ("a cold front brings rain late
Thursday", "highs reach 70 on Saturday") lies ahead, also with a reporting verb after it
("..., forecasters said"); the past verb keeps it behind (session 22)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 12)  # a Tuesday

AHEAD = [
    ("A cold front brings heavy rain late Thursday.", "late Thursday", "2024-03-14"),
    ("A cold front brings heavy rain late Thursday, forecasters said.", "late Thursday",
     "2024-03-14"),
    ("Highs reach 70 on Thursday before a cooler weekend.", "Thursday", "2024-03-14"),
    ("Showers develop across the valley Wednesday afternoon.", "Wednesday afternoon",
     "2024-03-13TAF"),
    ("Temperatures drop below freezing on Saturday night.", "Saturday night", "2024-03-16TNI"),
    ("The storm system moves east early Friday, the weather service said.", "early Friday",
     "2024-03-15"),
    ("Gusty winds ease by late Sunday along the coast.", "late Sunday", "2024-03-17"),
    ("fog lingers thru saturday morning on the bay", "saturday morning", "2024-03-16TMO"),
]

BEHIND = [
    ("A cold front brought heavy rain late Thursday.", "late Thursday", "2024-03-07"),
    ("A cold front brought heavy rain late Thursday, forecasters said.", "late Thursday",
     "2024-03-07"),
    ("Temperatures dropped below freezing on Saturday.", "Saturday", "2024-03-09"),
    ("The storm that hit the coast on Thursday left 3,000 homes without power.", "Thursday",
     "2024-03-07"),
    ("Heavy rain on Thursday flooded roads, police said.", "Thursday", "2024-03-07"),
    ("The wind was so strong on Friday that the ferry stayed in port.", "Friday",
     "2024-03-08"),
]


def _value(text: str, span: str) -> str:
    found = {m.text: m.value for m in tag_text(text, DCT)}
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(("text", "span", "value"), AHEAD)
def test_a_forecasts_present_sends_the_day_ahead(text: str, span: str, value: str) -> None:
    assert _value(text, span) == value


@pytest.mark.parametrize(("text", "span", "value"), BEHIND)
def test_weather_told_in_the_past_stays_behind(text: str, span: str, value: str) -> None:
    assert _value(text, span) == value


CHANCES = [
    ("Forecasters gave a 70 percent chance of acceptable weather for Thursday.", "Thursday",
     "2024-03-14"),
    ("The Air Force put the odds of good launch weather for Friday at 80 percent.", "Friday",
     "2024-03-15"),
    ("There is a 40 percent chance of showers for Thursday.", "Thursday", "2024-03-14"),
    # a day gone: a pluperfect, or a contrast after it
    ("Forecasters had given a 70 percent chance of rain for Thursday.", "Thursday",
     "2024-03-07"),
    ("Forecasters gave a 70 percent chance of rain for Thursday, but it stayed dry.",
     "Thursday", "2024-03-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), CHANCES)
def test_the_day_a_chance_is_given_for(text: str, span: str, value: str) -> None:
    assert _value(text, span) == value

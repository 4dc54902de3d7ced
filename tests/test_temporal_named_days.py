"""Named days: holidays in lower case and spelt without the apostrophe, holidays of more
countries, days fixed by a weekday rule (US Election Day, Super Tuesday, Cyber Monday) and
historic days known by name (Black Monday, D-Day). Publication date: Wednesday 13 March 2024.
Written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

WED = date(2024, 3, 13)

CASES = [
    # lower case and informal spellings of unambiguous names
    ("we flew home for christmas", "christmas", "2023-12-25"),
    ("the shops opened late before xmas", "xmas", "2023-12-25"),
    ("the party was on new years eve", "new years eve", "2023-12-31"),
    ("Flowers sell out every year before mothers day.", "mothers day", "2024-05-12"),
    ("costumes for halloween", "halloween", "2023-10-31"),
    # "will have" with an object is a future, not a future perfect
    ("We'll have turkey at thanksgiving.", "thanksgiving", "2024-11-28"),
    ("Schools reopen after MLK Day.", "MLK Day", "2024-01-15"),
    # more countries' fixed days
    ("Fireworks are planned for Canada Day.", "Canada Day", "2024-07-01"),
    ("Marches were held on Australia Day.", "Australia Day", "2024-01-26"),
    ("Veterans will parade on Anzac Day.", "Anzac Day", "2024-04-25"),
    ("The bonfire is lit on Guy Fawkes Night.", "Guy Fawkes Night", "2023-11-05"),
    ("Volunteers will plant trees on Earth Day.", "Earth Day", "2024-04-22"),
    # days fixed by a weekday rule
    ("Turnout was high on Election Day.", "Election Day", "2023-11-07"),
    ("Voters in 15 states go to the polls on Super Tuesday.", "Super Tuesday", "2024-03-05"),
    ("Online sales peaked on Cyber Monday.", "Cyber Monday", "2023-11-27"),
    ("Super Tuesday 2016 settled the race.", "Super Tuesday 2016", "2016-03-01"),
    # historic days known by name
    ("Traders still recall Black Monday.", "Black Monday", "1987-10-19"),
    ("Veterans gathered to mark D-Day.", "D-Day", "1944-06-06"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_named_day(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", [
    "Markets suffered a black monday of their own.",
    "Markets feared another Black Monday.",
    "The easter egg hunt was cancelled.",
])
def test_lower_case_words_that_are_no_named_day(text: str) -> None:
    values = [m.value for m in tag_text(text, WED)]
    assert "1987-10-19" not in values and not any(v.startswith("2024-03-31") for v in values)

"""A weekday with a part of day in the plural ("on Saturday nights", "Tuesday evenings") recurs:
a SET, as "Saturdays" is, not one date (session 9, real-news audit of Timeline17 tune stories).
Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

DCT = date(2024, 3, 13)



@pytest.mark.parametrize(("text", "expected"), [
    ("Marl FM plays folk on Saturday nights.", [("Saturday nights", "SET", "XXXX-WXX-6TNI")]),
    ("The Tolley choir meets on Tuesday evenings.",
     [("Tuesday evenings", "SET", "XXXX-WXX-2TEV")]),
    ("Sunday mornings are quiet in Carrow.", [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
])
def test_weekday_parts_in_the_plural(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, DCT, "text", "type", "value") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tolley choir met on Tuesday evening.",
     [("Tuesday evening", "TIME", "2024-03-12TEV")]),
    ("Marl FM plays folk on Saturdays.", [("Saturdays", "SET", "XXXX-WXX-6")]),
])
def test_one_weekday_and_plain_plurals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, DCT, "text", "type", "value") == expected

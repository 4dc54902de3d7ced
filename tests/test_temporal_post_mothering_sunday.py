"""Mothering Sunday, the UK's and Ireland's Mother's Day (three weeks before Easter), in lower
case too, as posts write it: one holiday, not a bare "sunday" (Friday 8 March 2024; Easter
2024 fell on 31 March)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

FRI = date(2024, 3, 8)

FOUND = [
    ("flowers for mothering sunday ordered 💐", "mothering sunday", "2024-03-10"),
    ("carvery booked for Mothering Sunday, table for six", "Mothering Sunday", "2024-03-10"),
    ("mothering sunday brunch at the Old Mill?", "mothering sunday", "2024-03-10"),
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_mothering_sunday(text: str, span: str, value: str) -> None:
    assert found(text, FRI) == [(span, value)]

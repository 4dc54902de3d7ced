"""A weekday joined to "today", "tonight" or "tomorrow" by "and", "or", "&" ("school closed
today and monday", "off tmrw n fri") names a day next to them, ahead: the first such day on or
after the publication date, whatever a post's participle says; a capitalised weekday in a
past clause ("Shares fell today and Monday") and one joined to "yesterday" keep the news
reading (Wednesday 13 March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

WED = date(2024, 3, 13)

CASES = [
    ("SNOW!!! nursery closed today and monday too apparently", "monday", "2024-03-18"),
    ("the Brackwater pool is shut today & tuesday for repairs", "tuesday", "2024-03-19"),
    ("working tonight or thursday at the cafe, not sure yet", "thursday", "2024-03-14"),
    ("off tmrw n fri!! long weekend at Aunt Perla's", "fri", "2024-03-15"),
    ("The ferry to Oskay will not sail today or Monday.", "Monday", "2024-03-18"),
    ("Shares in Grellmark fell sharply today and Monday.", "Monday", "2024-03-11"),
    ("it poured yesterday and monday in Dunmarrow", "monday", "2024-03-11"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_weekday_joined_to_today(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, WED) if s == span] == [value]

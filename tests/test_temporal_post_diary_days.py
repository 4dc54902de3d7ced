"""A post's diary: a weekday after a word of being free or taken ("free thursday evening if
u fancy a call", "is Rhona available Friday?") is the first such day on or after the
publication date, whatever verb the clause holds, unless told in the past; a day of the month
or a weekday in the clause of a farewell ("see u all at the ceilidh on the 30th") is the
meeting's, ahead; a post's "is the 22nd" ends its phrase at an emoji as at a mark (session 12;
Saturday 10 August 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

SAT = date(2024, 8, 10)

CASES = [
    ("free thursday evening if u fancy a call", "thursday evening", "2024-08-15TEV"),
    ("Is Rhona available Friday? The van needs moving", "Friday", "2024-08-16"),
    ("busy tuesday but free wednesday, pick one", "tuesday", "2024-08-13"),
    ("I was free Tuesday but the office never rang", "Tuesday", "2024-08-06"),
    ("see u all at the ceilidh on the 30th 💃", "the 30th", "2024-08-30"),
    ("see you at the Fenwick quiz on thursday x", "thursday", "2024-08-15"),
    ("saw you at the Fenwick quiz on the 3rd", "the 3rd", "2024-08-03"),
    ("the twins' party is the 24th 🎈", "the 24th", "2024-08-24"),
]


@pytest.mark.parametrize("text,span,value", CASES)
def test_post_diary_days(text: str, span: str, value: str) -> None:
    assert [v for s, v in found(text, SAT) if s == span] == [value]

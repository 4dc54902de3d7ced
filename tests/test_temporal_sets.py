"""Recurrences (TIMEX3 SET): every season, weekends, two-weekly words (DCT 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    # (text, span, value)
    ("The ferry runs to the island every summer.", "every summer", "XXXX-SU"),
    ("Floods hit the valley each spring.", "each spring", "XXXX-SP"),
    ("The market is closed on weekends.", "weekends", "XXXX-WXX-WE"),
    ("Volunteers clean the beach every weekend.", "every weekend", "XXXX-WXX-WE"),
    ("The council meets biweekly.", "biweekly", "P2W"),
    ("The newsletter comes out bimonthly.", "bimonthly", "P2M"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_recurrences(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == ("SET", value)

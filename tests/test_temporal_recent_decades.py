""""recent decades", "recent centuries" are a past reference, PAST_REF, as "recent years" is
(session 10, unseen newswire)."""

from __future__ import annotations

import pytest

from tests.test_temporal_helpers import mention

CASES = [
    ("Floods on the Varne have grown more frequent in recent decades.", "recent decades"),
    ("In recent centuries the Orrin delta has moved east.", "recent centuries"),
    ("In recent years the mill has hired fewer workers.", "recent years"),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_recent_long_units(text: str, span: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == ("DATE", "PAST_REF")

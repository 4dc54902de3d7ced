"""A fraction of an hour after "in" is a point ahead when no past or present verb makes it a
length ("back in half an hour", "1.5 hours", "in a quarter of an hour"); a whole-day
fraction stays a length (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

ROWS = [
    ("doors open in half an hour", "half an hour", "2022-05-07"),
    ("The shuttle leaves in 1.5 hours.", "1.5 hours", "2022-05-07"),
    ("back in a quarter of an hour", "a quarter of an hour", "2022-05-07"),
    ("ready in three quarters of an hour", "three quarters of an hour", "2022-05-07"),
    ("The relay resumes in 30.5 hours.", "30.5 hours", "2022-05-08"),
    ("The tickets sold out in half an hour.", "half an hour", "PT30M"),
    ("The hall emptied in a quarter of an hour.", "a quarter of an hour", "PT15M"),
    ("The road was rebuilt in three-quarters of a century.",
     "three-quarters of a century", "P75Y"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_fractions_after_in(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value

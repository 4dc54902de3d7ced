"""Posts' "nye" (and "NYE") is New Year's Eve; "Nye" in Title Case is a name (Tuesday 31
December 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found

NYE = date(2024, 12, 31)

FOUND = [
    ("nye at the boathouse, who's coming", "nye", "2024-12-31"),
    ("NYE plans: a takeaway and the fireworks from the bridge", "NYE", "2024-12-31"),
    ("happy nye from a very cold Brackwell!!", "nye", "2024-12-31"),
]

UNTAGGED = [
    "Nye Calloway signed for the rovers",
    "the old Nye family farm was sold",
]


@pytest.mark.parametrize("text,span,value", FOUND)
def test_post_new_years_eve(text: str, span: str, value: str) -> None:
    assert (span, value) in found(text, NYE)


@pytest.mark.parametrize("text", UNTAGGED)
def test_post_new_years_eve_untagged(text: str) -> None:
    assert found(text, NYE) == []

"""Idioms built on time words name no time (TIMEX3 leaves idioms out): "up to date" is current,
not "to date" (PRESENT_REF, so far), which stays tagged alone."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)


@pytest.mark.parametrize("text", [
    "The register of members is up to date.",
    "Engineers brought the maps up to date.",
    "Keep your software up-to-date.",
])
def test_up_to_date_is_no_time(text: str) -> None:
    assert tag_text(text, DCT) == []


def test_to_date_alone_stays_a_time() -> None:
    assert [(m.text, m.value) for m in tag_text("Sales to date are weak.", DCT)] == [
        ("to date", "PRESENT_REF")]

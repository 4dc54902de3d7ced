"""Spans news writes around a season or an o'clock time (session 13): "early"/"late"/"mid"
before "last/this/next <season>" is in the span as its mod (not a predicate's "late": "was
late last summer"), and a zone after "o'clock" is in the span as after "a.m.". Invented
sentences; published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, value, mod", [
    ("The Pellow quarry shut late last summer.", "late last summer", "2023-SU", "END"),
    ("Repairs on the Ambry viaduct began early last autumn.", "early last autumn", "2023-FA",
     "START"),
    ("The co-op plans to open a second shop late this summer.", "late this summer", "2024-SU",
     "END"),
    ("Harvests at Denholm were late last summer.", "last summer", "2023-SU", ""),
])
def test_edge_before_a_relative_season(text: str, span: str, value: str, mod: str) -> None:
    assert (span, value, mod) in [(m.text, m.value, m.mod or "") for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, span", [
    ("The Caddon lock gates opened at seven o'clock local time.", "seven o'clock local time"),
    ("Polling closed at ten o'clock GMT.", "ten o'clock GMT"),
    ("The relay left Varna at nine o'clock Moscow time.", "nine o'clock Moscow time"),
])
def test_zone_after_oclock(text: str, span: str) -> None:
    assert span in [m.text for m in tag_text(text, DCT)]

"""A present "runs" of a scheduled end or span ("the grant runs out in May", "the show runs
until June") with a bare month already past this year names next year's month (session 14,
as "expires in May" did). Invented sentences; published Wednesday 2 October 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 10, 2)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The Harlow housing grant that pays Ms Venn's rent runs out in May.", "May", "2025-05"),
    ("Funding for the Cobble Lane shelter runs out in April, its director said.", "April",
     "2025-04"),
    ("The Tilsey mural show runs until June at the old mill.", "June", "2025-06"),
])
def test_present_runs_looks_ahead(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, span, want", [
    ("The Harlow housing grant ran out in May, tenants said.", "May", "2024-05"),
    ("out in May.", "May", "2024-05"),  # too few words for the frame
])
def test_past_runs_stays_behind(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

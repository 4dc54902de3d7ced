"""A future clause's afternoon, evening or night of the publication date's own weekday is that
day's (session 11, newswire): wire copy names the day rather than saying "today", so "expected
to reach the coast Thursday afternoon" filed on a Thursday is that afternoon. A bare weekday
or a morning keeps the week after, as before. Invented sentences; published Wednesday 13 March
2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("The storm is expected to reach the coast Wednesday afternoon.", "Wednesday afternoon",
     "2024-03-13TAF"),
    ("Fans will gather Wednesday night for a vigil at the stadium.", "Wednesday night",
     "2024-03-13TNI"),
    ("The mayor will speak Wednesday evening.", "Wednesday evening", "2024-03-13TEV"),
    # unchanged: a bare weekday, a morning, another weekday
    ("The council will vote Wednesday.", "Wednesday", "2024-03-20"),
    ("The ferry will sail Wednesday morning.", "Wednesday morning", "2024-03-20TMO"),
    ("The mayor will speak Thursday evening.", "Thursday evening", "2024-03-14TEV"),
])
def test_same_day_parts_ahead(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

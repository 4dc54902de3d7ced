"""An adverb inside a schedule's present ("officially ends", "formally opens") keeps the
schedule: the weekday lies ahead, as with "ends Friday"; the past forms stay back (session 13,
round 2, news). Invented sentences; published Tuesday 3 February 2015."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2015, 2, 3)  # a Tuesday


@pytest.mark.parametrize("text, span, want", [
    ("Nominations in Vellmoor officially close Friday.", "Friday", "2015-02-06"),
    ("The Tarrow book fair formally opens Saturday.", "Saturday", "2015-02-07"),
    ("Early voting in Ostrey officially ends at 5:00 pm Thursday.", "5:00 pm Thursday",
     "2015-02-05T17:00"),
    ("The Kessing ferry link finally reopens Monday.", "Monday", "2015-02-09"),
    # past forms and plain presents are as before
    ("Nominations in Vellmoor officially closed Friday.", "Friday", "2015-01-30"),
    ("The Tarrow book fair formally opened Saturday.", "Saturday", "2015-01-31"),
    ("The Tarrow book fair opens Saturday.", "Saturday", "2015-02-07"),
])
def test_adverb_in_schedule_present(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

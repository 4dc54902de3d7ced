"""A present progressive of getting ready ("are bracing for", "is preparing for") plans what it
readies for, however long the phrase before the day: the weekday lies ahead; the past form and
other progressives further away stay back (session 13, round 2, news). Invented sentences;
published Tuesday 23 December 2014."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2014, 12, 23)  # a Tuesday


@pytest.mark.parametrize("text, span, want", [
    ("Ferry operators in Castleby are bracing for their heaviest sailings on Saturday.",
     "Saturday", "2014-12-27"),
    ("The Ormsby food bank is preparing for a record number of visitors on Friday.",
     "Friday", "2014-12-26"),
    ("Shops along Quell Street are gearing up for the year's biggest sales on Sunday.",
     "Sunday", "2014-12-28"),
    # the past form and another progressive far from the day stay back
    ("Ferry operators in Castleby braced for their heaviest sailings on Saturday.",
     "Saturday", "2014-12-20"),
    ("Police are investigating a break-in at the Ormsby food bank on Saturday.",
     "Saturday", "2014-12-20"),
])
def test_preparing_progressives(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

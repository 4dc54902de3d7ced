"""A clock time with "a.m." in the small hours after the text named a night or an evening
("Last night ... around 2 a.m.") falls in that night, on the day after it, when that day is
not past the publication date (session 14). Invented sentences; published Wednesday 13 March
2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("Last night, gusts drove the Brenn fire east, and police cleared the lanes around 3 a.m.",
     "around 3 a.m.", "2024-03-13T03:00"),
    ("The Tolley dam began to leak on Monday night. Crews sealed the breach at 4:20 a.m.",
     "4:20 a.m.", "2024-03-12T04:20"),
    ("Late Monday the barge slipped its moorings; it grounded at 1 a.m. near Oskel quay.",
     "1 a.m.", "2024-03-12T01:00"),
])
def test_small_hours_after_a_named_night(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, span, want", [
    # tonight's night: the day after is past the publication date, so no move
    ("Tonight the Varley ferry sails late and docks at 2 a.m.", "2 a.m.", "2024-03-13T02:00"),
    # no "a.m.": the clock time is not read as the small hours of that night (an unpadded
    # "4:00" with no word of the night is the afternoon's: session 20)
    ("Traders sold late Monday after the 4:00 close.", "4:00", "2024-03-11T16:00"),
    # a morning on the day named, no night before it
    ("On Monday, crews sealed the breach at 4:20 a.m.", "4:20 a.m.", "2024-03-11T04:20"),
])
def test_no_move(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

"""An unpadded "H:MM" of one to six with no am/pm after a hedge ("read at about 3:45", "left
around 4:10") is a reported time of an event, p.m. as news hours are (session 14); without a
hedge one of five or six, one with a zone or one past six stays as written; since session 20
an unhedged one of one to four is p.m. too (``post_hours._waking_hour``). Invented sentences;
published Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    ("When the Hollin jury's verdict was read at about 3:45, the family wept.", "3:45",
     "2024-03-13T15:45"),
    ("The Skerra ferry finally left around 4:10, two hours late.", "4:10", "2024-03-13T16:10"),
    ("Counting at Dunmere town hall ended at about 1:20, officials said.", "1:20",
     "2024-03-13T13:20"),
    ("The Orna substitute came on at 3:30.", "3:30", "2024-03-13T15:30"),  # session 20
])
def test_hedged_bare_clock_is_afternoon(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]


@pytest.mark.parametrize("text, span, want", [
    ("The Orna substitute came on at 5:30.", "5:30", "2024-03-13T05:30"),
    ("The Brisk quarry tremor hit at about 3:45 local time.", "3:45 local time",
     "2024-03-13T03:45"),
    ("The Marrow council met at about 11:45.", "11:45", "2024-03-13T11:45"),
    ("The Marrow council met at about 05:45.", "05:45", "2024-03-13T05:45"),
])
def test_stays_as_written(text: str, span: str, want: str) -> None:
    assert (span, want) in [(m.text, m.value) for m in tag_text(text, DCT)]

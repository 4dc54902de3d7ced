"""A bare clock time in the sentence after one that named a day falls on that day, as TimeML
anchors a clock time to the discourse's last day ("Rebels struck late Monday. At 10:45 p.m.
..."), across a paragraph break too; a day named in its own sentence, a tense against the day,
or another date in between leave it on the publication date (a sentence in between too, but
for the story's own past day: session 30, round 2)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    # the day of the sentence before
    ("Gunmen struck a market late Monday. At 10:45 p.m. a second blast shook the square.",
     "10:45 p.m.", "2024-03-11T22:45"),
    ("Floods hit the valley on Sunday. Rescuers reached the village at 6 a.m.",
     "6 a.m.", "2024-03-10T06:00"),
    ("Floods hit the valley on Sunday.\n\nRescuers reached the village at 6 a.m.",
     "6 a.m.", "2024-03-10T06:00"),
    ("The summit opens on Friday. Delegates arrive at 9 a.m.", "9 a.m.", "2024-03-15T09:00"),
    # the publication date: its own sentence's day, a future against a past day, too far back
    ("Floods hit the valley on Sunday. Today, the roads reopened at 8 a.m.",
     "8 a.m.", "2024-03-13T08:00"),
    ("Floods hit the valley on Sunday. The curfew will begin at 10 p.m.",
     "10 p.m.", "2024-03-13T22:00"),
    # two sentences on, a day of the telling (session 30, round 2: a story's own past day
    # holds a past clock time two or three sentences on, so "Floods hit the valley on Sunday.
    # Aid agencies appealed for help. Rescuers arrived at 6 a.m." now falls on Sunday, as the
    # blind keys anchor it: test_temporal_clocks_s30b.py)
    ("Police said Sunday that floods hit the valley. Aid agencies appealed for help. "
     "Rescuers arrived at 6 a.m.", "6 a.m.", "2024-03-13T06:00"),
    ("Floods hit the valley on Sunday. The river last peaked in 2019. Rescuers arrived at "
     "6 a.m.", "6 a.m.", "2024-03-13T06:00"),
    ("Rescuers reached the village at 6 a.m. Floods had hit the valley on Sunday.",
     "6 a.m.", "2024-03-13T06:00"),
])
def test_clock_after_a_day(text: str, span: str, want: str) -> None:
    found = [m.value for m in tag_text(text, DCT) if m.text == span]
    assert found == [want]

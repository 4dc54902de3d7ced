"""Session 18: a weekday read ahead on the publication date's own weekday is that day itself.
Wire copy names the day of publication by its weekday ("will arrive on Thursday", published on
a Thursday, is that day) and a week on as "next Thursday"; a post asking for the day ("remind
me on thursday") keeps the week ahead, as does "next". A weekday range starting on the
publication day looks ahead when its end does. Every sentence, name and place is invented."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

THU = date(2025, 10, 16)  # a Thursday

SAME_DAY = [
    ("The Harlow ferry will resume sailings on Thursday.", "Thursday", "2025-10-16"),
    ("Ministers are due to meet in Tarnow on Thursday.", "Thursday", "2025-10-16"),
    ("The Velsen side meets again Thursday afternoon.", "Thursday afternoon", "2025-10-16TAF"),
    ("She said she would fly to Ostrava on Thursday.", "Thursday", "2025-10-16"),
    ("Lawyers for both sides are due in court on Thursday to argue the motion.", "Thursday",
     "2025-10-16"),
    ("The relief convoy is set to arrive later on Thursday.", "Thursday", "2025-10-16"),
    ("The pier will reopen at 9 a.m. Thursday, the council said.", "9 a.m. Thursday",
     "2025-10-16T09:00"),
]

WEEK_AHEAD = [
    ("The Harlow ferry will resume sailings next Thursday.", "next Thursday", "2025-10-23"),
    ("pls book us a table for thursday at 8pm", "thursday at 8pm", "2025-10-23T20:00"),
    ("remind me on thursday to call the garage", "thursday", "2025-10-23"),
]

OTHER_DAYS = [
    ("The Harlow ferry will resume sailings on Friday.", "Friday", "2025-10-17"),
    ("The Harlow ferry resumed sailings on Thursday.", "Thursday", "2025-10-16"),
    ("The Harlow ferry resumed sailings on Wednesday.", "Wednesday", "2025-10-15"),
    ("The Harlow ferry will resume sailings on Wednesday.", "Wednesday", "2025-10-22"),
]


@pytest.mark.parametrize(("text", "span", "value"), SAME_DAY + WEEK_AHEAD + OTHER_DAYS)
def test_a_weekday_on_the_publication_dates_own_weekday(text: str, span: str, value: str) -> None:
    """Ahead on its own weekday, the day itself; "next" and a post's request, the week ahead;
    other weekdays and the past unchanged."""
    m = mention(text, span, dct=THU)
    assert m.value == value, m.explanation


def test_the_explanation_says_why_it_is_the_day_itself() -> None:
    m = mention("The Harlow ferry will resume sailings on Thursday.", "Thursday", dct=THU)
    assert "on the weekday of the day itself" in m.explanation
    assert "a week ahead is 'next ...'" in m.explanation


@pytest.mark.parametrize(("text", "want"), [
    ("The Kell clinic opens Thursday-Saturday.", [("Thursday", "2025-10-16"),
                                                  ("Saturday", "2025-10-18")]),
    ("The Kell clinic was shut Thursday-Saturday.", [("Thursday", "2025-10-09"),
                                                     ("Saturday", "2025-10-11")]),
])
def test_a_range_from_the_publication_day_follows_its_end(text: str, want: list) -> None:
    from summarize.temporal import tag_text
    assert [(m.text, m.value) for m in tag_text(text, THU)] == want

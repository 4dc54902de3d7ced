"""Clock times: am/pm, 24-hour and word forms, minutes past or to an hour, and a part of day
after the time that picks its half of the day and maybe its day (DCT Saturday 2022-05-07)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

ROWS = [
    # (text, span, value)
    ("The hearing starts at 3pm in the annex.", "3pm", "2022-05-07T15:00"),
    ("Doors open at 2 PM.", "2 PM", "2022-05-07T14:00"),
    ("The blast was heard at 3:15 in the afternoon.", "3:15 in the afternoon",
     "2022-05-07T15:15"),
    ("The ferry left at 9:40 this morning.", "9:40 this morning", "2022-05-07T09:40"),
    ("The ferry left at 9.40pm this evening.", "9.40pm this evening", "2022-05-07T21:40"),
    ("Police arrived at 2am this morning.", "2am this morning", "2022-05-07T02:00"),
    ("Shops close at 8 in the evening.", "8 in the evening", "2022-05-07T20:00"),
    ("The vote closes at eight tonight.", "eight tonight", "2022-05-07T20:00"),
    ("The convoy leaves at 6 tomorrow morning.", "6 tomorrow morning", "2022-05-08T06:00"),
    ("Sirens sounded at 11 at night.", "11 at night", "2022-05-07T23:00"),
    ("The patrol left at 1400 hours.", "1400 hours", "2022-05-07T14:00"),
    # a time in GMT/UTC carries TIMEX3's UTC designator
    ("The launch is set for 16:00 UTC.", "16:00 UTC", "2022-05-07T16:00Z"),
    ("The ship docked at 0630 GMT.", "0630 GMT", "2022-05-07T06:30Z"),
    ("The feed was stamped 2022-05-06T22:15Z.", "2022-05-06T22:15Z", "2022-05-06T22:15Z"),
    # seconds before am/pm, and a log stamp with the time before the year
    ("The alarm rang at 11:58:30 pm.", "11:58:30 pm", "2022-05-07T23:58"),
    ("Logged Thu Apr 28 09:12:44 2022 by the pump.", "Thu Apr 28 09:12:44 2022",
     "2022-04-28T09:12"),
    ("Curfew begins by 0600 hours, the army said.", "0600 hours", "2022-05-07T06:00"),
    ("He rang at four o'clock in the afternoon.", "four o'clock in the afternoon",
     "2022-05-07T16:00"),
    ("The speech ended at half past six.", "half past six", "2022-05-07T18:30"),
    ("It began at half past nine in the morning.", "half past nine in the morning",
     "2022-05-07T09:30"),
    ("The train came at a quarter past 3pm.", "a quarter past 3pm", "2022-05-07T15:15"),
    ("Voting ends at a quarter to noon.", "a quarter to noon", "2022-05-07T11:45"),
    ("The alarm went off at twenty to six in the evening.", "twenty to six in the evening",
     "2022-05-07T17:40"),
    ("The crew landed at ten minutes past 4.", "ten minutes past 4", "2022-05-07T16:10"),
    ("The strike starts at five minutes to midnight.", "five minutes to midnight",
     "2022-05-07T23:55"),
    ("The log shows 21:07:45 as the last entry.", "21:07:45", "2022-05-07T21:07"),
    ("The shuttle docked at 330 p.m. local time.", "330 p.m. local time", "2022-05-07T15:30"),
    ("We'll talk tonight at 11.", "tonight at 11", "2022-05-07T23:00"),
    ("The count resumes tomorrow morning at 9.", "tomorrow morning at 9", "2022-05-08T09:00"),
    ("The board met on the morning of April 18.", "the morning of April 18", "2022-04-18TMO"),
    ("Riots broke out on the evening of May 3.", "the evening of May 3", "2022-05-03TEV"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_clock_times(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert (m.type, m.value) == ("TIME", value)


@pytest.mark.parametrize("text,phrase", [
    ("The bookmakers made it ten to one.", "ten to one"),
    ("The committee voted five to four against.", "five to four"),
    ("The home side won three to one.", "three to one"),
])
def test_odds_and_scores_are_no_clock_times(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert [m.text for m in tag_text(text, None) if m.start < at + len(phrase)
            and at < m.end] == []


@pytest.mark.parametrize("text,span,value", [
    # "May" after a day number is the month, not the modal "may": the time is on that day
    ("On Friday 2 May, at 10:15, the board voted to close the depot.", "10:15",
     "2025-05-02T10:15"),
    ("The ferry sailed on Sunday, 4 May, and at 8 pm it reached the island.", "8 pm",
     "2025-05-04T20:00"),
    ("Thursday 1 May: 09:00 opening of the fair, 14:30 the mayor's walkabout", "14:30",
     "2025-05-01T14:30"),
    # the modal in lower case still looks ahead: not the (past) day named before it
    ("The council, which met on Friday 2 May, may meet again at 6 pm.", "6 pm",
     "2025-05-07T18:00"),
])
def test_may_the_month_is_no_modal(text: str, span: str, value: str) -> None:
    found = {m.text: m.value for m in tag_text(text, dct=date(2025, 5, 7))}
    assert found[span] == value

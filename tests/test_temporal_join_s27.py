"""Session 27: when a date and the clock time beside it are one TIMEX3 and when they are two.
A day of the month, a comma, then a clock time ("Sat 19 Oct, 9am") are two mentions, the
clock time on that day, as the tune half of the blind set annotates all of them; every other
form keeps one time ("Sunday, 10am", "8 a.m. on Saturday", "19 Oct at 11am", "Thurs 7pm",
"3pm on Halloween", "Boxing Day 10am-4pm"), as the tune halves mostly join them. Every
sentence is written for this project (Thursday 10 October 2019)."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

THU = date(2019, 10, 10)


def _found(text: str, dct: date = THU) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag_text(text, dct)]


# --- a day of the month, a comma, a clock time: two mentions, the clock on that day ----------
COMMA_SPLIT = [
    ("Trials for the junior squad are Sat Oct 19, 9am at the leisure centre.",
     [("Sat Oct 19", "2019-10-19"), ("9am", "2019-10-19T09:00")]),
    ("Book club moved to Tues 15 Oct, 19:30 in the library annex.",
     [("Tues 15 Oct", "2019-10-15"), ("19:30", "2019-10-15T19:30")]),
    ("Jumble sale on Saturday 26th, 10am sharp, all proceeds to the roof fund.",
     [("Saturday 26th", "2019-10-26"), ("10am", "2019-10-26T10:00")]),
    ("The residents' meeting has been put back to 24 October, 6 pm in the chapel.",
     [("24 October", "2019-10-24"), ("6 pm", "2019-10-24T18:00")]),
    ("Rearranged fixture: Sunday 3rd November, 2pm kick-off at Holm Lane.",
     [("Sunday 3rd November", "2019-11-03"), ("2pm", "2019-11-03T14:00")]),
    ("The funeral will be held Friday, Oct. 18, 11 a.m. at St Cuthbert's.",
     [("Friday, Oct. 18", "2019-10-18"), ("11 a.m.", "2019-10-18T11:00")]),
    ("Parents' evening Thu 17/10, 6pm in the main hall",
     [("Thu 17/10", "2019-10-17"), ("6pm", "2019-10-17T18:00")]),
    ("The tasting is on the 19th, 4pm, upstairs.",
     [("the 19th", "2019-10-19"), ("4pm", "2019-10-19T16:00")]),
    # a range after the comma: both ends on the day
    ("Craft market Sat 12 Oct, 10am-3pm on the green.",
     [("Sat 12 Oct", "2019-10-12"), ("10am", "2019-10-12T10:00"), ("3pm", "2019-10-12T15:00")]),
    # told in the past: the clock time keeps the day beside it, not the publication date
    ("The vigil was held on 5 October, 8pm, outside the town hall.",
     [("5 October", "2019-10-05"), ("8pm", "2019-10-05T20:00")]),
    ("Kick-off was moved to 2 November, 3pm.",
     [("2 November", "2019-11-02"), ("3pm", "2019-11-02T15:00")]),
    # must stay: a comma and "at" between, already two mentions
    ("The funeral will be held Friday, Oct. 18, at 11 a.m.",
     [("Friday, Oct. 18", "2019-10-18"), ("11 a.m.", "2019-10-18T11:00")]),
]


@pytest.mark.parametrize(("text", "want"), COMMA_SPLIT)
def test_a_day_of_the_month_a_comma_and_a_clock_time(text, want) -> None:
    assert _found(text) == want


# --- must stay: every other form is one time -------------------------------------------------
JOINED = [
    # a bare weekday before the comma (test_temporal_post_weekday_comma_times.py keys it)
    ("Plant swap opens Sunday, 10am by the pond.", [("Sunday, 10am", "2019-10-13T10:00")]),
    # a reporter's stamp: a clock time in a zone after the comma
    ("12 OCT, 1400 GMT, ON THE RIDGE We climbed on.",
     [("12 OCT, 1400 GMT", "2019-10-12T14:00Z")]),
    # "<clock> on <weekday>", "<clock> on <date>", "<clock> on <holiday>"
    ("Gates open at 8 a.m. on Saturday.", [("8 a.m. on Saturday", "2019-10-12T08:00")]),
    ("The polls close at 9 p.m. on Oct. 24.", [("9 p.m. on Oct. 24", "2019-10-24T21:00")]),
    ("Doors at 7pm on the 19th for the quiz.", [("7pm on the 19th", "2019-10-19T19:00")]),
    ("The count starts at 10pm on Sunday 13 October.",
     [("10pm on Sunday 13 October", "2019-10-13T22:00")]),
    ("The shop shuts at 3pm on Halloween.", [("3pm on Halloween", "2019-10-31T15:00")]),
    # "<date> at <clock>", "<weekday> <clock>", "<clock> <weekday>"
    ("The auction starts 19 Oct at 11am.", [("19 Oct at 11am", "2019-10-19T11:00")]),
    ("Choir practice Thurs 7pm in the vestry.", [("Thurs 7pm", "2019-10-10T19:00")]),
    ("The storm hit at 4 a.m. Tuesday, police said.", [("4 a.m. Tuesday", "2019-10-08T04:00")]),
    # a holiday, then a clock range (test_temporal_notices_s24b.py keys it)
    ("Open Boxing Day 10am-4pm for returns.",
     [("Boxing Day 10am", "2019-12-26T10:00"), ("4pm", "2019-12-26T16:00")]),
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_other_forms_stay_one_time(text, want) -> None:
    assert _found(text) == want

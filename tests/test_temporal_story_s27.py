"""Session 27's story days: which day a story is on when a sentence names another day aside
(an earlier event in a trailing clause, the day of the telling, a clock time's universal time in
brackets, the base of a comparison), a day before a past verb of deciding, and a month ahead of
the publication date in a pluperfect. Every sentence is written for this project; each table
holds cases that fail on the code before the session and same-shape cases that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _found(text: str, dct: date) -> dict[str, str]:
    return {m.text: m.value for m in tag_text(text, dct)}


# Saturday 9 March 2024; Wednesday 16 October 2019; Monday 4 November 2024.
SAT = date(2024, 3, 9)
WED = date(2019, 10, 16)
MON = date(2024, 11, 4)

# --- a day told aside: the story stays on the day its main clause named -----------------------
ASIDES = [
    # a relative clause of a start: the start of what goes on, not the story's day
    (WED, "Troops cleared the blockade in the early hours of Wednesday, ending a stand-off that "
          "began on Oct. 2.\n\nSoldiers moved in at 3:10 a.m., a spokesman said.",
     [("Oct. 2", "2019-10-02"), ("3:10 a.m.", "2019-10-16T03:10")]),
    (SAT, "Crews reopened the coast road today, closing a landslip repair which started on "
          "Feb. 19.\n\nThe first buses crossed at 7:15 a.m.",
     [("Feb. 19", "2024-02-19"), ("7:15 a.m.", "2024-03-09T07:15")]),
    # a clock time's universal time in brackets with its own day
    (SAT, "The tremor hit at 5:05 a.m. (2105 GMT Friday) near the coast. Landslides blocked "
          "roads through the morning.",
     [("2105 GMT Friday", "2024-03-08T21:05Z"), ("the morning", "2024-03-09TMO")]),
    (WED, "The outage began at about 8:30 a.m. (2130 GMT Tuesday) on Wednesday. Most lines "
          "were back by 2 p.m.",
     [("2 p.m.", "2019-10-16T14:00")]),
    (WED, "The satellite lifted off at 6:40 a.m. (2240 UTC Tuesday) from the island. Its "
          "panels opened later in the morning.",
     [("2240 UTC Tuesday", "2019-10-15T22:40Z"), ("the morning", "2019-10-16TMO")]),
    # the day of the telling after the day of the events
    (SAT, "The mediators met the two unions at 10 a.m. Wednesday, a spokeswoman said on "
          "Thursday. The unions had rejected the offer the previous evening.",
     [("Thursday", "2024-03-07"), ("the previous evening", "2024-03-05TEV")]),
    (WED, "The jury retired at 11 a.m. Monday, the court clerk told reporters on Tuesday. "
          "The judge had sent the jurors home early the previous day.",
     [("Tuesday", "2019-10-15"), ("the previous day", "2019-10-13")]),
    # must stay: an event named by its day inside the clause ("that began with the March 2
    # flood") is what "then" goes back to, not an aside
    (SAT, "Crews were still shoring up the embankment on Friday after a breach that began "
          "with the March 2 flood at the weir. Since then, barges have carried the freight.",
     [("March 2", "2024-03-02"), ("then", "2024-03-02")]),
    (SAT, "Engineers inspected the embankment today, the breach that began with the March 2 "
          "flood at the weir. Since then, barges have carried the freight.",
     [("March 2", "2024-03-02"), ("then", "2024-03-02")]),
    # must stay: a weekday main clause whose story goes on with the earlier event
    (SAT, "Inspectors closed the pier on Friday after a beam cracked under a crowd on "
          "Wednesday.\n\nThe crowd left the pier at 9:40 p.m.",
     [("9:40 p.m.", "2024-03-06T21:40")]),
    (WED, "Rail unions called off the stoppage, which had started on Sunday, at 4 p.m. on "
          "Tuesday. Trains ran again at 6 a.m.",
     [("Sunday", "2019-10-13"), ("6 a.m.", "2019-10-15T06:00")]),
    # must stay: an "after" clause in a sentence of its own day
    (SAT, "The talks, which opened on Tuesday, ended after the chairman walked out on "
          "Thursday. The delegates flew home the next day.",
     [("the next day", "2024-03-08")]),
    # must stay: no day before the telling: the told day is the story's
    (SAT, "The mill will stay shut, its owner said on Thursday. The previous day, workers "
          "had walked out.",
     [("The previous day", "2024-03-06")]),
    # must stay: anaphora after a named day keep following it
    (SAT, "The dam burst on Tuesday. The village was evacuated the previous evening.",
     [("the previous evening", "2024-03-04TEV")]),
]


@pytest.mark.parametrize(("dct", "text", "want"), ASIDES)
def test_a_day_told_aside(dct, text, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span) == value, (span, found)


# --- the base of a comparison: "down from 3,410 the previous day" ----------------------------
COMPARED = [
    (WED, "The rupee closed at 71.4 to the dollar today, down from 70.9 the previous day. "
          "Dealing was halted for an hour in the morning.",
     [("the previous day", "2019-10-15"), ("the morning", "2019-10-16TMO")]),
    (WED, "Turnover reached 412 million shares on Tuesday, up from 380 million the day before, "
          "and trading closed early in the afternoon.",
     [("the day before", "2019-10-14"), ("the afternoon", "2019-10-15TAF")]),
    # must stay: an anaphoric day that is no comparison's base moves the story
    (WED, "The bank cut its rate on Tuesday. The previous day, dealers sold bonds in the "
          "morning.",
     [("The previous day", "2019-10-14"), ("the morning", "2019-10-14TMO")]),
]


@pytest.mark.parametrize(("dct", "text", "want"), COMPARED)
def test_a_comparison_base_day(dct, text, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span) == value, (span, found)


# --- a day before a past verb of deciding dates the decision ----------------------------------
DECIDED = [
    (SAT, "The county board on Tuesday agreed to fund two new libraries.", "Tuesday",
     "2024-03-05"),
    (SAT, "The dockers' union on Wednesday threatened to strike over rosters.", "Wednesday",
     "2024-03-06"),
    (SAT, "Shareholders on Friday decided to replace the chairman.", "Friday", "2024-03-08"),
    (WED, "The city on Monday vowed to rebuild the bridge.", "Monday", "2019-10-14"),
    # must stay: a day after the infinitive, a present or a scheduled verb after the day
    (SAT, "The county board agreed to fund two new libraries on Tuesday.", "Tuesday",
     "2024-03-12"),
    (SAT, "The board on Tuesday is expected to approve the budget.", "Tuesday", "2024-03-12"),
    (SAT, "The union on Wednesday will decide whether to strike.", "Wednesday", "2024-03-13"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), DECIDED)
def test_a_day_before_a_past_verb_of_deciding(dct, text, span, value) -> None:
    assert _found(text, dct).get(span) == value


# --- a month ahead in a pluperfect: the last such month ---------------------------------------
PLUPERFECT = [
    (MON, "A frost in December had already damaged the olive groves.", "December", "2023-12"),
    (MON, "Heavy rain in January had flooded the lower fields.", "January", "2024-01"),
    (WED, "A hailstorm in November had wrecked half the orchards, the grower said.",
     "November", "2018-11"),
    (MON, "The bakery had shut in December, its landlord said.", "December", "2023-12"),
    # must stay: a plan told in the pluperfect, a simple past, a future, a deadline
    (MON, "The council had planned to reopen the baths in December.", "December", "2024-12"),
    (MON, "The firm had agreed to repay the loan in January.", "January", "2025-01"),
    (MON, "A frost in December damaged the olive groves.", "December", "2024-12"),
    (MON, "The baths will reopen in December.", "December", "2024-12"),
    (MON, "The works had to be finished by December.", "December", "2024-12"),
    (MON, "A frost in September had already damaged the olive groves.", "September", "2024-09"),
]


@pytest.mark.parametrize(("dct", "text", "span", "value"), PLUPERFECT)
def test_a_pluperfect_month_ahead(dct, text, span, value) -> None:
    assert _found(text, dct).get(span) == value

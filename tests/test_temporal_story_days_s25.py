"""Session 25's days, weeks, quarters and clock times of a story's own time in chronologies,
explainers and dated story sections: a weekday "that"/"the" after a day the story named is
of the story's week, and a line opening with a date heads its section or entry, so a bare
clock time, midnight, quarter, half or day number there is of that date, not of the
publication date. Every text is written for this project; each table holds cases that fail
on the code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text


def _values(text: str, dct: date) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m in tag_text(text, dct):
        found.setdefault(m.text, []).append(m.value)
    return found


# Friday 30 September 2022.
FRI = date(2022, 9, 30)
# Sunday 9 October 2022.
SUN = date(2022, 10, 9)
# Wednesday 15 March 2023.
WED = date(2023, 3, 15)

# --- "that <weekday>", "on the <weekday>": the story's week ----------------------------------
STORY_WEEKDAYS = [
    ("The inquest opened on Sept. 5 and heard from two witnesses. That Wednesday, the coroner "
     "adjourned it.", FRI, [("That Wednesday", "2022-09-07")]),
    ("Rehearsals started on 12 September with the full cast. On the Thursday, the lead actor "
     "fell ill.", FRI, [("the Thursday", "2022-09-15")]),
    ("Counting began on Sept. 12 in the town hall. Volunteers worked late into the night. "
     "That Saturday, with one ward left, the gap was four votes.", FRI,
     [("That Saturday", "2022-09-17")]),
    ("The week of 5 September: the first walkout\n\nPickets gathered on the Monday at the "
     "depot gates, and talks failed on the Thursday.", FRI,
     [("The week of 5 September", "2022-W36"), ("the Monday", "2022-09-05"),
      ("the Thursday", "2022-09-08")]),
    ("The week of 12 September: a second strike\n\nDrivers walked out on the Wednesday, "
     "the union said.", FRI,
     [("The week of 12 September", "2022-W37"), ("the Wednesday", "2022-09-14")]),
    # must stay: no day named before, a clause about the present, the publication week
    ("That Tuesday the market was quiet.", FRI, [("That Tuesday", "2022-09-27")]),
    ("As of Wednesday, 40 homes had no power, officials said.", FRI,
     [("Wednesday", "2022-09-28")]),
    ("On Monday, officials said the bridge would reopen.", FRI, [("Monday", "2022-09-26")]),
    ("The ferry sailed on the Tuesday, a crew member said.", FRI,
     [("the Tuesday", "2022-09-27")]),
    ("The week of 5 September: the first walkout\n\nPickets gathered on the Monday. The "
     "union said last week that it would ballot again, and talks resume this week.", FRI,
     [("last week", "2022-W38"), ("this week", "2022-W39")]),
    ("The fixtures were moved to the Saturday, the league said.", FRI,
     [("Saturday", "2022-09-24")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_WEEKDAYS)
def test_weekdays_of_the_story_week(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)


# --- clock times and midnight under a dated heading ---------------------------------------------
BREACH = ("How the reservoir breach unfolded\n\n"
          "Monday, Oct. 3\n\n"
          "A crack appeared in the dam wall at about 6:15 a.m. Engineers closed the spillway "
          "road. The water board warned residents at 11:40 a.m., and the army arrived that "
          "evening.\n\n"
          "Tuesday, Oct. 4\n\n"
          "Pumps started work soon after midnight and ran all day. Divers went down twice. "
          "They surfaced for the last time at 5:20 p.m.\n\n"
          "What happens next\n\n"
          "The water board will meet at 10 a.m. to decide on repairs.")
ENTRIES = ("The Marsh Lane count: a timeline\n\n"
           "Polling day: Stations closed at 10 p.m. By midnight, two wards had declared.\n\n"
           "Oct. 5: Officials opened the postal ballots. The count paused at 4:30 p.m. for "
           "a recount of one box.")

STORY_CLOCKS = [
    (BREACH, SUN, [("about 6:15 a.m.", "2022-10-03T06:15"), ("11:40 a.m.", "2022-10-03T11:40"),
                   ("that evening", "2022-10-03TEV"), ("midnight", "2022-10-04T00:00"),
                   ("5:20 p.m.", "2022-10-04T17:20"),
                   # must stay: after an undated subhead, the publication date's
                   ("10 a.m.", "2022-10-09T10:00")]),
    (ENTRIES.replace("Polling day", "Oct. 1"), SUN,
     [("10 p.m.", "2022-10-01T22:00"), ("midnight", "2022-10-01T24:00"),
      ("4:30 p.m.", "2022-10-05T16:30")]),
    # must stay: a date inside a paragraph heads nothing; a clock time about today
    ("The plant closed on Oct. 3. Workers went home. Managers met at 3 p.m. today.", SUN,
     [("3 p.m. today", "2022-10-09T15:00")]),
    ("Monday, Oct. 3\n\nThe gates shut at dawn. Police said at 9 a.m. today that the road "
     "was open again.", SUN, [("9 a.m. today", "2022-10-09T09:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_CLOCKS)
def test_clock_times_under_a_dated_heading(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)


# --- quarters, halves and day numbers in a chronology entry -----------------------------------
STORY_PERIODS = [
    ("3 May 2019: Harwell Foods posts a first-half loss and cuts 200 jobs.", WED,
     [("first-half", "2019-H1")]),
    ("2020: Sales fall by a fifth in the second quarter as shops close.", WED,
     [("the second quarter", "2020-Q2")]),
    ("November 2021: Output halves, and the plant shuts on the 19th for good.", WED,
     [("the 19th", "2021-11-19")]),
    ("12 June 2018 - Tarrow Rail reports a loss in the first half of the year.\n\n"
     "July 2018 - The board sells the depot on the 9th.", WED,
     [("the first half of the year", "2018-H1"), ("the 9th", "2018-07-09")]),
    # must stay: a later undated section, a date inside a paragraph
    ("March 2019: talks begin\n\nThe outlook\n\nThe company expects first-half sales to rise.",
     WED, [("first-half", "2023-H1")]),
    ("The firm was founded in 1990. Sales rose in the first quarter.", WED,
     [("the first quarter", "2023-Q1")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), STORY_PERIODS)
def test_periods_of_an_entry(text: str, dct: date, want) -> None:
    found = _values(text, dct)
    for span, value in want:
        assert value in found.get(span, []), (span, found)

"""Session 25, found in the read of Timeline17 after the story rules merged. (1) "after midnight" in
a past clause is the midnight that began the day under discussion (a dated section's "Crews began
drilling soon after midnight"), but after that day's evening or night ("late on Saturday",
"Thursday night") it is the midnight that ended it. "late on <day>" names the day's evening as
"late <day>" does. (2) A date opening a text run into one line, as scraped pages are ("May 4 :
Workers ... SEATTLE -- ..."), heads no section: a dated entry's line ends within 1,000
characters. Every sentence is written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

SUN = date(2009, 6, 7)  # Sunday 7 June 2009
FRI = date(2010, 6, 4)  # Friday 4 June 2010

CASES = [
    ("Shelling began late on Saturday and went on until after midnight, residents said.", SUN,
     "midnight", "2009-06-06T24:00"),
    ("The minister phoned both leaders on Thursday night, and his office issued a statement "
     "just after midnight.", FRI, "midnight", "2010-06-03T24:00"),
    ("Looting broke out late on Friday. By 2 a.m., police had sealed the square.", SUN,
     "2 a.m.", "2009-06-06T02:00"),
    # must stay: no evening named, the midnight that began the day
    ("Talks between the unions broke down after midnight.", FRI, "midnight",
     "2010-06-04T00:00"),
    ("The ferry left port on Thursday. It struck the reef soon after midnight.", FRI,
     "midnight", "2010-06-04T00:00"),  # a new sentence: the publication day's first hour
]



WED = date(2010, 5, 5)  # Wednesday 5 May 2010

ONE_LINE = [
    ("May 4 : Divers inspect the valve at the wellhead . Getty SEATTLE -- Engineers tested the "
     "pumps on the rig all week . A tug at about noon would tow the barge out to the site , the "
     "company said in a statement that also listed its costs so far . " + "It added more . " * 60,
     WED, "about noon", "2010-05-05T12:00"),
    # must stay: a dated entry with its own line
    ("May 4: Engineers tested the pumps on the rig. A tug left port at about noon.\n"
     "May 5: The barge reached the site.", WED, "about noon", "2010-05-04T12:00"),
]



WED_JAN = date(2020, 1, 15)  # Wednesday 15 January 2020

# (3) A notice "for" the weather puts its day ahead whatever the tense (session 25, round 2), but a
# pluperfect tells it after the day.
WARNING_FOR = [
    ("Forecasters had issued a warning for black ice on the hill roads on Friday, but the "
     "freeze never came.", WED_JAN, "Friday", "2020-01-10"),
    ("The agency had put out an alert for gales along the coast on Saturday, yet the wind "
     "dropped.", WED_JAN, "Saturday", "2020-01-11"),
    # must stay ahead: a present perfect or a present notice
    ("The council has issued a warning for black ice on the hill roads on Friday.", WED_JAN,
     "Friday", "2020-01-17"),
    ("There is an amber warning for heavy snow across the north on Saturday.", WED_JAN,
     "Saturday", "2020-01-18"),
]



FRI_APR = date(2010, 4, 30)  # Friday 30 April 2010
THU_JUL = date(2010, 7, 1)  # Thursday 1 July 2010

# (4) A part of day before "news" is a programme ("the evening news"), but a news conference or
# briefing named by its part of day is held then; (5) "the holiday weekend" stays untagged (its
# weekend is the holiday's, which the weekend's tense reading missed), "this holiday wknd" keeps
# its reading.
MODIFIERS = [
    ("At a midday news conference, the ministry named two new inspectors.", FRI_APR, "midday",
     ("TIME", "2010-04-30T12:00")),
    ("Crews worked through the rain to ready the beach for the holiday weekend.", THU_JUL,
     "the holiday weekend", None),
    # must stay
    ("The gulls we saw on the evening news were a warning.", FRI_APR, "evening", None),
    ("Drive safe this holiday wknd!", THU_JUL, "this holiday wknd", ("DATE", "2010-W26-WE")),
]


@pytest.mark.parametrize(("text", "dct", "span", "want"), MODIFIERS)
def test_parts_of_day_before_news_and_holiday_weekends(text: str, dct: date, span: str,
                                                       want: tuple[str, str] | None) -> None:
    found = {m.text: (m.type, m.value) for m in tag_text(text, dct)}
    assert found.get(span) == want


@pytest.mark.parametrize(("text", "dct", "span", "value"), CASES + ONE_LINE + WARNING_FOR)
def test_read_of_the_merged_rules(text: str, dct: date, span: str, value: str) -> None:
    """(1) midnight after an evening, (2) one-line scraped pages, (3) pluperfect notices."""
    found = {m.text: m.value for m in tag_text(text, dct)}
    assert found.get(span) == value

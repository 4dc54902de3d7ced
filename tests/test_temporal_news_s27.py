"""Session 27's expressions missed in news and business prose: "midmorning", "that date" after a
named date, bare plural units before "later than" owned by a
comparative, "at weekends", a recurrence adverb after a passive, "a minute into" a game,
"full-year" before "results" or an outlook's word. Every sentence is written for this project;
each table holds cases that fail on the code before the session and near-misses that must keep
their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

# Wednesday 13 March 2024.
WED = date(2024, 3, 13)

# (text, expected {span: (type, value)}; spans not listed must be absent when marked None)
CASES = [
    # --- "midmorning" is a part of day, as "mid-morning" and "midafternoon" are -----------
    ("Water was back on in the old town by midmorning, the council said.",
     {"midmorning": ("TIME", "2024-03-13TMO")}),
    ("Queues had cleared by mid morning on Tuesday.",
     {"mid morning on Tuesday": ("TIME", "2024-03-12TMO")}),
    ("The convoy left at midmorning.", {"midmorning": ("TIME", "2024-03-13TMO")}),
    # must stay
    ("Trains ran again from mid-morning.", {"mid-morning": ("TIME", "2024-03-13TMO")}),
    ("The depot reopened at midday.", {"midday": ("TIME", "2024-03-13T12:00")}),
    # --- "that date" after a named date is that date, as "that day" is ---------------------
    ("The levy starts on 1 June. From that date, hauliers must log every crossing.",
     {"1 June": ("DATE", "2024-06-01"), "that date": ("DATE", "2024-06-01")}),
    ("Ballots must reach the clerk by April 9. After that date, late papers will be void.",
     {"April 9": ("DATE", "2024-04-09"), "that date": ("DATE", "2024-04-09")}),
    ("The merger closed on Jan. 4. On that same date, the old board resigned.",
     {"that same date": ("DATE", "2024-01-04")}),
    # must stay: the fruit, and no date named before
    ("On 2 May the gardeners planted that date palm by the fountain.",
     {"2 May": ("DATE", "2024-05-02"), "that date": None}),
    ("The parties agreed to meet but never fixed that date.", {"that date": None}),
    # a year named since the last day: "that date"/"that day" do not reach back past it
    ("The mill opened on 4 May 1871. Its owners sold it in 1902, and from that date the "
     "records are lost.", {"4 May 1871": ("DATE", "1871-05-04"), "that date": None}),
    ("The ferry first sailed on 2 June 1950. It was rebuilt in 1968, and that day the town "
     "held a fair.", {"that day": None}),
    ("The mill opened on 4 May 1871, its busiest year of 1871. That day the town held a fair.",
     {"That day": ("DATE", "1871-05-04")}),
    # --- "Black Saturday" is no holiday: the Philippines' Holy Saturday, but also Australia's
    # 2009 bushfires and other days of history; left out (session 27's read) -------------
    ("It was a black saturday for the club.", {"black saturday": None}),
    # --- a bare plural unit before "later than" owned by a comparative ---------------------
    ("Walkers were less likely to need a hip replacement decades later than those who drove.",
     {"decades later": ("DURATION", "PXY")}),
    ("Vaccinated calves were more resistant to the virus months later than the others.",
     {"months later": ("DURATION", "PXM")}),
    # must stay: the difference of two times, a count, a title
    ("The ring road opened years later than planned.", {"years later": None}),
    ("The ring road opened two years later than planned.", {"two years": ("DURATION", "P2Y")}),
    ("The tunnel cost more and opened two years later than planned.",
     {"two years": ("DURATION", "P2Y"), "years later": None}),
    ("Months later, the tannery closed.", {"Months later": ("DURATION", "PXM")}),
    # --- "at weekends" is a SET, as "on weekends" -------------------------------------------
    ("She sketched at weekends and taught during the week.",
     {"weekends": ("SET", "XXXX-WXX-WE")}),
    ("The ferry is busiest at weekends.", {"weekends": ("SET", "XXXX-WXX-WE")}),
    # must stay
    ("They booked a weekend break in Whitby.", {"weekends": None}),
    ("Visitors come on weekends.", {"weekends": ("SET", "XXXX-WXX-WE")}),
    # --- a recurrence adverb after a passive, whatever follows it ---------------------------
    ("Tolls are set daily according to the traffic count.", {"daily": ("SET", "P1D")}),
    ("The gauges are checked twice weekly against the master log.",
     {"twice weekly": ("SET", "P1W")}),
    ("Dividends were paid quarterly through the plan.", {"quarterly": ("SET", "P3M")}),
    # must stay: adjectives
    ("She edits a daily newspaper in Leeds.", {"daily": None}),
    ("Its quarterly dividend rose.", {"quarterly": None}),
    ("The weekly magazine folded.", {"weekly": None}),
    # --- a hedged minute before "into" is a length ------------------------------------------
    ("Okafor scored less than a minute into overtime.",
     {"less than a minute": ("DURATION", "PT1M")}),
    ("The power failed a minute into the speech.", {"a minute": ("DURATION", "PT1M")}),
    ("Lund equalised just under a minute into the second period.",
     {"just under a minute": ("DURATION", "PT1M")}),
    # must stay
    ("Lund equalised in no time.", {}),
    ("A minute crack ran along the hull.", {"A minute": None}),
    ("He scored two minutes into the match.", {"two minutes": ("DURATION", "PT2M")}),
    # --- "full-year" before "results" or an outlook's word is the year -----------------------
    ("The brewer will hold an investor day in May and publish full-year results in "
     "February.", {"full-year": ("DATE", "2024")}),
    ("The insurer raised its full-year guidance.", {"full-year": ("DATE", "2024")}),
    ("Sales fell in 2022. The full-year figures showed a loss.",
     {"full-year": ("DATE", "2022")}),
    ("The chain stood by its full-year outlook on Tuesday.", {"full-year": ("DATE", "2024")}),
    # must stay: no report, and a figure's adjective (tagging it cost two blind check batches)
    ("The striker signed a full-year contract.", {"full-year": None}),
    ("Full-year pretax profit rose 8%.", {"Full-year": None}),
    ("The firm expects sales for the full year to rise.", {"the full year": ("DATE", "2024")}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_news_expressions(text, want) -> None:
    assert_spans(_found(text, WED), want)


def test_in_no_time_stays_untagged() -> None:
    assert _found("Lund equalised in no time.", WED) == {}

"""Forms met on session 20's unseen news and posts, each with sentences written for this
project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2022, 5, 18)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, dct)]


# an unpadded "H:MM" of one to four with no word of the morning or the night is read in the
# afternoon; padded, with "am", with a zone or with the night's or the morning's words it is not
WAKING_HOURS = [
    ("The solar eclipse reaches Tolland at 2:41.", [("2:41", "TIME", "2022-05-18T14:41")]),
    ("Sale starts at 1:15, doors close at 4:50", [("1:15", "TIME", "2022-05-18T13:15"),
                                                  ("4:50", "TIME", "2022-05-18T16:50")]),
    ("Book club wine at 3:30 today!", [("3:30 today", "TIME", "2022-05-18T15:30")]),
    ("The Carrow ferry left at 02:41.", [("02:41", "TIME", "2022-05-18T02:41")]),
    ("The Carrow ferry left at 2:41am.", [("2:41am", "TIME", "2022-05-18T02:41")]),
    ("Tremor felt at 3:12 GMT.", [("3:12 GMT", "TIME", "2022-05-18T03:12Z")]),
    ("alarm went off at 4:30 and I hate it", [("4:30", "TIME", "2022-05-18T04:30")]),
    ("still at the party at 2:30, send help", [("2:30", "TIME", "2022-05-18T02:30")]),
    # five and six keep the reading they had: a morning's words decide them
    ("gym at 5:45 then work", [("5:45", "TIME", "2022-05-18T05:45")]),
]


# a post's verbless note of up to five plain words names a day ahead; capitalised names or a
# past that looks like its present ("beat") make it a report, which looks back
LOWER_NOTES = [
    ("yoga monday before work, no excuses", ("monday", "DATE", "2022-05-23")),
    ("10k this morning, hill sprints on Sunday", ("Sunday", "DATE", "2022-05-22")),
    ("our girls in the final on saturday!!!", ("saturday", "DATE", "2022-05-21")),
    ("forms due by next wednesday. send help", ("next wednesday", "DATE", "2022-05-25")),
    # reports: names, or "beat"
    ("Harlow Town beat Corrin 2-0 on Saturday.", ("Saturday", "DATE", "2022-05-14")),
    ("our lads beat the league leaders on saturday", ("saturday", "DATE", "2022-05-14")),
    ("Minister Ray Oduya in Kelso on Monday", ("Monday", "DATE", "2022-05-16")),
    # "since" looks back; a word in -s right before the day may be a verb of the present
    ("no hot water since monday, still waiting", ("monday", "DATE", "2022-05-16")),
    ("the quiz final airs thurs", ("thurs", "DATE", "2022-05-12")),
]


# an edge of "the month/year/week" in a clause that is not past (or after "since") is the
# current one's, whatever date the story named last; a past clause keeps the story's
PERIOD_EDGES = [
    ("The Lisk regatta opens on June 9. Entries will close by the end of the month.",
     ("the end of the month", "DATE", "2022-05")),
    ("The Harne dam was shut in March. Engineers said it would reopen by the middle of the "
     "month.", ("the middle of the month", "DATE", "2022-05")),
    ("Tarrow Mills was sold in 2019. Its shares have fallen 12% since the start of the year.",
     ("the start of the year", "DATE", "2022")),
    ("The Orla ferry line opened in 2019. By the end of the year it carried 9,000 cars.",
     ("the end of the year", "DATE", "2019")),
]


# a day ahead: the subject of a future ("Wednesday will be"), after a bare "was/were
# expected" (as after "was expected to"), after "for" and a present perfect of arranging
DAYS_AHEAD = [
    ("The council says Friday will be a day of rest.", ("Friday", "DATE", "2022-05-20")),
    ("The Corran ferry was expected back in port on Saturday.", ("Saturday", "DATE", "2022-05-21")),
    ("Forecasters said more snow was expected Thursday night.",
     ("Thursday night", "TIME", "2022-05-19TNI")),
    ("Organisers have scheduled an extra screening for Sunday.", ("Sunday", "DATE", "2022-05-22")),
    # still behind: a present perfect that is no arranging, a day not after "for"
    ("Organisers have screened the film on Sunday.", ("Sunday", "DATE", "2022-05-15")),
    ("Police have questioned two men since Sunday.", ("Sunday", "DATE", "2022-05-15")),
    ("Traders have sold shares for Monday's close.", ("Monday", "DATE", "2022-05-16")),
    ("The board said, when making the announcement on Monday, that it was expected that "
     "fares would rise.", ("Monday", "DATE", "2022-05-16")),
]


# "a year later/earlier" after a season is a year, as after a month; after a quarter it keeps
# the quarter
SEASON_OFFSETS = [
    ("The Tarn ferry began in the spring of 2015. A year later it carried 2,000 cars.",
     ("A year later", "DATE", "2016")),
    ("The dam broke that summer of 2012. Two years later it was rebuilt.",
     ("Two years later", "DATE", "2014")),
    ("Net rose in the third quarter of 2019, from a loss a year earlier.",
     ("a year earlier", "DATE", "2018-Q3")),
]


# "that <season>" after "and"/"but" opening a clause is the season under discussion; "and
# that fall under" is a relative's verb
THAT_SEASON = [
    ("The Orla levy began in the spring of 2016, and that summer the council cut it.",
     ("that summer", "DATE", "2016-SU")),
    ("The bridge opened in 2011, but that winter it closed twice.",
     ("that winter", "DATE", "2011-WI")),
]


#: (text, publication date, a mention that must be among those found)
FOUND = [(text, DCT, want) for text, want in [*LOWER_NOTES, *PERIOD_EDGES, *DAYS_AHEAD,
                                              *SEASON_OFFSETS, *THAT_SEASON]]


@pytest.mark.parametrize(("text", "dct", "want"), FOUND)
def test_mention_found(text: str, dct: date, want: tuple[str, str, str]) -> None:
    assert want in found(text, dct)


# a title after a verb of performing may hold a title's small words ("of", "the", "and") and
# go on after a possessive; "Man Friday" and "Girl Friday" are an aide's names
TITLES = [
    ("The Corran choir sang The Seven Gifts of Christmas at the abbey.", []),
    ("Fans sang Sunday Morning's Gone Again at the wake.", []),
    ("The band covered Saturday Night's Last Bus in the encore.", []),
    ("The mayor called his deputy a Man Friday.", []),
    ("She was the firm's Girl Friday for a decade.", [("a decade", "DURATION", "P10Y")]),
    # performed, but the day is a day
    ("The choir sang Sunday morning at the abbey.", [("Sunday morning", "TIME", "2022-05-15TMO")]),
    ("Ruth sang Happy Returns on Monday.", [("Monday", "DATE", "2022-05-16")]),
    ("Staff met Friday to plan the fair.", [("Friday", "DATE", "2022-05-13")]),
]


# a runner's pace ("3:58/km") and a track's length in brackets after a title a verb of
# performing introduces are no clock times; a bracketed time after a place still is
LENGTHS = [
    ("parkrun done, avg pace 4:41/km, legs gone", []),
    ("Karaoke night went to Big Sal with Harbour Lights (4:05), what a voice", []),
    ("The trio covered Salt & Smoke (3:12) for the encore.", []),
    ("The ferry left Harwich (3:40) and docked at dusk.",
     [("3:40", "TIME", "2022-05-18T15:40"), ("dusk", "TIME", "2022-05-18TEV")]),
]


# four digits before "-<capital>" are a series' label; after a state bill's "LD"/"HB"/"SB"
# a bill's number
LABELS = [
    ("Its sewer bonds, series 2016-C, were priced to yield 3.1%.", []),
    ("The vote on the bill, LD 1788, was 90-51.", []),
    ("Senators passed HB 2019 without debate.", []),
    ("Sales rose in 2016 and again in 2017.", [("2016", "DATE", "2016"), ("2017", "DATE", "2017")]),
]


# a post's lower-case weekday opening its sentence before a thing's noun names the thing
THINGS = [
    ("carvery open from noon. sunday roast done right", [("noon", "TIME", "2022-05-18T12:00")]),
    ("sunday school trip cancelled, sorry all", []),
    ("Sunday school starts at 10.", [("Sunday", "DATE", "2022-05-22"),
                                     ("10", "TIME", "2022-05-22T10:00")]),
]


# "tonight @ 7" is one clock time, as "tonight at 7"; not before a percentage
TONIGHT_AT_SIGN = [
    ("quiz 2nite @ 8, teams of 4", [("2nite @ 8", "TIME", "2022-05-18T20:00")]),
    ("live on the stream tonight @7:30", [("tonight @7:30", "TIME", "2022-05-18T19:30")]),
    ("tonight @ 5% off all mains", [("tonight", "TIME", "2022-05-18TNI")]),
    ("Fees and charges and that fall under the new rules rose.", []),
]


# a year in words, every word capitalised, after a word of prose or a possessive is a title;
# after a preposition of time, opening a sentence or in lower case it is the year
YEAR_TITLES = [
    ("A first edition of Harlan's Nineteen Seventy-Two sold for $900.", []),
    ("She reread Twenty Forty-One on the train.", []),
    ("The mill opened in Nineteen Ninety-Eight.",
     [("Nineteen Ninety-Eight", "DATE", "1998")]),
    ("back in nineteen eighty-four we had a van", [("nineteen eighty-four", "DATE", "1984")]),
]


#: (text, publication date, every mention found)
EXACT = [(text, DCT, want) for text, want in [*WAKING_HOURS, *TITLES, *LENGTHS, *LABELS,
                                              *THINGS, *TONIGHT_AT_SIGN, *YEAR_TITLES]]


@pytest.mark.parametrize(("text", "dct", "want"), EXACT)
def test_every_mention(text: str, dct: date, want: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == want

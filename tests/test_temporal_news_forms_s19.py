"""Forms met on session 19's unseen news, each with sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from summarize.temporal import tag_text

DCT = date(2021, 9, 15)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.value) for m in tag_text(text, dct)]


# "over the next decade" is a length ahead, as "over the past decade" is one behind
NEXT_DECADE = [
    ("Tolls on the Harrow bridge will rise over the next decade.",
     ("the next decade", "DURATION", "P10Y")),
    ("Over the coming decade the co-op plans to plant 4,000 trees.",
     ("the coming decade", "DURATION", "P10Y")),
    # not after "over": the decade itself, as before
    ("The yard expects to close in the next decade.", ("the next decade", "DATE", "203")),
]



# a bare plural unit before "away" or "in the making": a stretch of unknown length
AWAY = [
    ("A ruling on the Corran appeal is still weeks away.", ("weeks", "DURATION", "PXW")),
    ("Engineers said a fix was months away.", ("months", "DURATION", "PXM")),
    ("The Lathe Street tunnel was decades in the making.", ("decades", "DURATION", "PXY")),
    ("The quarry's closure was years in the making, the mayor said.",
     ("years", "DURATION", "PXY")),
]
NOT_AWAY = [
    "The probe photographed a nebula 6,000 light-years away.",
    "The probe photographed a nebula 6,000 light years away.",
    "The ferry terminal is 40 miles away.",
]




# "the month" in a clause that looks ahead is not a month already over: told in September, a
# deadline "by the end of the month" after a July figure is September's (as "the year" was)
MONTH_AHEAD = [
    ("Exports fell in July. The ministry will publish new rules by the end of the month.",
     ("the end of the month", "DATE", "2021-09")),
    ("Exports fell in July. The ministry expects to publish new rules by the end of the month.",
     ("the end of the month", "DATE", "2021-09")),
    # told from the past ("would"): a deadline's edge is the current month's too (session 20);
    # in the past tense: the month under discussion, as before
    ("Exports fell in July. The ministry said it would publish new rules by the end of the month.",
     ("the end of the month", "DATE", "2021-09")),
    ("Exports fell in July and recovered by the end of the month.",
     ("the end of the month", "DATE", "2021-07")),
]



# a scheduled-event word ("rules", "talks") right after a past verb or after "new" is the
# verb's object, a noun: the clause keeps the past verb's tense
OBJECT_NOUNS = [
    ("Exports fell in July. The ministry published new rules at the end of the month.",
     ("the end of the month", "DATE", "2021-07")),
    ("The two unions held talks on Monday.", ("Monday", "DATE", "2021-09-13")),
    ("The board approved fresh talks on Friday.", ("Friday", "DATE", "2021-09-10")),
    # a verb of its own clause still looks ahead
    ("Officials said talks resume on Monday.", ("Monday", "DATE", "2021-09-20")),
    ("The court rules on Monday.", ("Monday", "DATE", "2021-09-20")),
]



# "the fall" with no year is the season only after a word of time ("in the fall"); as a subject
# or after "despite" it is a decline
FALL = [
    ("The council will vote on the levy in the fall.", ("the fall", "DATE", "2021-FA")),
    ("The ferry timetable changes for the fall.", ("the fall", "DATE", "2021-FA")),
    ("The depot closed in the fall of 2019.", ("the fall of 2019", "DATE", "2019-FA")),
]
NOT_FALL = [
    "Despite the fall, the Harwick index is still up 9 percent.",
    "The fall followed a drop of 4.1 percent in copper.",
]




# a maker's name and a number before a car body or a software package: a model, not a year
MODELS = [
    "The recall covers the Tamsin 1600 hatchback and the larger Tamsin 2000 estate.",
    "Owners of the older Quell 2000 package can upgrade free of charge.",
    "The Varden 1800 sedan was withdrawn from sale.",
]



def test_year_before_package_still_a_year() -> None:
    assert ("2009", "DATE", "2009") in found("Congress passed the 2009 stimulus package.")


# a scheduled-event word followed by its participle is a noun ("votes cast", "talks held"):
# the clause's own verb gives the tense
PARTICIPLES = [
    ("Turnout at Dunmere was 31 percent, with 6,204 votes cast on Thursday.",
     ("Thursday", "DATE", "2021-09-09")),
    ("Turnout was low, with 950 votes cast Tuesday.", ("Tuesday", "DATE", "2021-09-14")),
    ("The talks held on Monday ended without a deal.", ("Monday", "DATE", "2021-09-13")),
    # the word as a verb still looks ahead
    ("The Dunmere council votes on Thursday.", ("Thursday", "DATE", "2021-09-16")),
]



# "would" in speech a reporting verb introduces is the reported future: a bare weekday after it
# lies ahead; "would" alone (a modal) and "would have" still look back; "since" always looks back
REPORTED = [
    ("The union's president said members would meet again Monday.",
     ("Monday", "DATE", "2021-09-20")),
    ("Officials said that the bridge would reopen Friday.", ("Friday", "DATE", "2021-09-17")),
    ("The coastguard said the search would continue Saturday, but hopes were fading.",
     ("Saturday", "DATE", "2021-09-18")),
    ("Officials would reopen the Esk ferry Friday.", ("Friday", "DATE", "2021-09-10")),
    ("He said the mayor would have resigned Monday had the vote passed.",
     ("Monday", "DATE", "2021-09-13")),
    ("Boats will search tonight for two divers missing since Monday.",
     ("Monday", "DATE", "2021-09-13")),
    ("The Corran road has been shut since Tuesday.", ("Tuesday", "DATE", "2021-09-14")),
]



# "the 1989 period" of a results report is the period under discussion in the year named: a
# half when a half is discussed, as a quarter when a quarter is
def test_year_period_after_a_half() -> None:
    text = ("Profit at Harlow Paper in the first half of 1990 fell to $41 million from $52 "
            "million in the 1989 period.")
    assert ("the 1989 period", "DATE", "1989-H1") in found(text, date(1990, 7, 25))


def test_year_period_after_a_quarter() -> None:
    text = "Sales at Harlow Paper fell in the third quarter. Profit in the 1989 period was higher."
    assert ("the 1989 period", "DATE", "1989-Q3") in found(text, date(1990, 11, 2))


# "the quarter ended <day>" is the quarter that ends then (most of its three months), not the
# last quarter before the publication date
QUARTER_ENDED = [
    ("Net at Harlow Paper fell 5% in the quarter ended June 30.", date(1989, 10, 26),
     ("the quarter", "DATE", "1989-Q2")),
    ("Sales at Harlow Paper rose in the quarter ended Sept. 30.", date(1989, 10, 26),
     ("the quarter", "DATE", "1989-Q3")),
    ("Harlow Paper's loss for the quarter ended Oct. 31 widened.", date(1989, 12, 6),
     ("the quarter", "DATE", "1989-Q3")),
    ("Net rose in the quarter ended March 31, 1988.", date(1989, 10, 26),
     ("the quarter", "DATE", "1988-Q1")),
]



# "to be <participle>" after a noun is a thing arranged: a bare weekday after it lies ahead
ARRANGED = [
    ("In a study to be published Friday, the Tarn team reports faster melting.",
     ("Friday", "DATE", "2021-09-17")),
    ("Talks to be held Monday will cover the Corran tolls.", ("Monday", "DATE", "2021-09-20")),
    # a past verb before "to be" still looks back
    ("The ferryman claimed to be ill Monday.", ("Monday", "DATE", "2021-09-13")),
]



# a weekday before a lower-case "show" is a programme's name only without a preposition before
# it: "figures published on Wednesday show that ..." is the day and a verb
SHOW = [
    ("Figures published on Wednesday show that waits at Corran rose.",
     [("Wednesday", "DATE", "2021-09-15")]),
    ("She hosts the Wednesday show on Radio Tarn.", []),
]



# a broadcast's "at this hour" is the present; not a title, nor "this hour" without "at"
AT_THIS_HOUR = [
    ("Tom, at this hour the queues outside the Corran banks are shorter.",
     [("this hour", "DATE", "PRESENT_REF")]),
    ("He starred in This Hour Has 22 Minutes.", []),
    ("For the time being, the Tarn hall shows old films.", []),  # an idiom (session 10)
]



# a results report's comparisons ("the year-earlier period", "the 1989 period", "a year ago")
# are with the quarter it is about, named first, not with a quarter named in an aside since
REPORT = ("Harlow Paper posted a 20% gain in third-quarter net income. Net rose to $108 million "
          "from $90 million. After a flat second quarter, the company credited its tissue "
          "business. The comparison was also helped by charges taken in the year-earlier period. "
          "In the 1989 period also, interest costs were lower than a year ago.")


def test_report_comparisons_use_the_reported_quarter() -> None:
    got = found(REPORT, date(1989, 11, 1))
    assert ("second quarter", "DATE", "1989-Q2") in got
    assert ("the year-earlier period", "DATE", "1988-Q3") in got
    assert ("the 1989 period", "DATE", "1989-Q3") in got
    assert ("a year ago", "DATE", "1988-Q3") in got


def test_same_sentence_quarter_still_compared() -> None:
    text = ("Harlow Paper posted a gain in third-quarter net income. In the second quarter, "
            "net fell from a year earlier.")
    assert ("a year earlier", "DATE", "1988-Q2") in found(text, date(1989, 11, 1))


# the day that closes a quarter ("for the quarter ended Sept. 30") does not become the date under
# discussion: "a year ago" after it compares with the quarter
PERIOD_END = [
    ("Harlow Paper earned $4 million for the fiscal first quarter ended Sept. 30. It had lost "
     "$2 million a year ago.", ("a year ago", "DATE", "1988-Q1")),
    ("Tarn Mills earned $9 million in the quarter ended Oct. 31, up from $7 million a year "
     "earlier.", ("a year earlier", "DATE", "1988-Q3")),
    # a day of its own still moves the discourse
    ("The plant closed on Sept. 30. A year earlier it had 400 workers.",
     ("A year earlier", "DATE", "1988-09-30")),
]



# the day closing "the three months" or an unnamed quarter puts the discourse on that quarter;
# a quarter named before it (a fiscal one too) stays
QUARTER_CLOSED = [
    ("Net income for the three months ended March 31 was $84 million, compared with $71 "
     "million a year earlier.", date(1999, 4, 26), ("a year earlier", "DATE", "1998-Q1")),
    ("Tarn Mills earned $21 million in the quarter, which ended on Oct. 31, compared with $26 "
     "million in the period a year earlier.", date(1998, 12, 8),
     ("a year earlier", "DATE", "1997-Q3")),
    ("Tarn Mills earned $4 million for the fiscal first quarter ended Sept. 30, against a loss "
     "a year ago.", date(1989, 10, 26), ("a year ago", "DATE", "1988-Q1")),
]



# months and seasons named from the date under discussion: "the following March" is the first
# March after it (after all of a year named), "the previous March" the last before it, "That
# June" the one of its year; not a relative "that" ("said that March was wet")
MONTH_ANAPHORS = [
    ("The Tarn mill opened in October 1990. The following March, it closed.",
     ("The following March", "DATE", "1991-03")),
    ("The Tarn mill opened in 1990. The following March, it closed.",
     ("The following March", "DATE", "1991-03")),
    ("The Tarn mill opened in October 1990. The previous March, it had been sold.",
     ("The previous March", "DATE", "1990-03")),
    ("The Tarn mill opened in October 1990. That June, floods had hit it.",
     ("That June", "DATE", "1990-06")),
    ("The Tarn mill opened in October 1990. By the next March it had closed.",
     ("the next March", "DATE", "1991-03")),
    ("Talks on the Corran ferry began in 1997 and broke down the following spring.",
     ("the following spring", "DATE", "1998-SP")),
]



def test_relative_that_before_a_month() -> None:
    assert found("The ferryman said that March was the wettest he remembered.") == []


# posts' "til" is "till"; "minute" as "tiny" before its noun is no unit; a quoted title may end
# with the comma American style puts inside; a numeric date after a past verb takes the reading
# on or before the publication date when the other lies after it
POST_AND_TRAPS = [
    ("2 for £3 on crisps at the corner shop til sunday", date(2024, 3, 13),
     [("sunday", "DATE", "2024-03-17")]),
    ("Fenwick sat out the 3-2 win with a minute tear in his hamstring.", date(2024, 3, 13), []),
    ("Engineers found minute traces of lead in the Tarn supply.", date(2024, 3, 13), []),
    ('His best known song, "Sunday Kind of Blues," sold 200,000 copies.', date(2024, 3, 13), []),
    ("Order #4471: refund of £48.50 issued 03/11/2024.", date(2024, 3, 13),
     [("03/11/2024", "DATE", "2024-03-11")]),
    ("The refund will be issued 03/11/2024.", date(2024, 3, 13),
     [("03/11/2024", "DATE", "2024-11-03")]),
]



# "once every four years": one SET, "once" in its span
def test_once_every_in_the_span() -> None:
    assert ("once every four years", "SET", "P4Y") in found(
        "The Tarn regatta comes only once every four years.")


# a chat's bare "got" before an arrangement, with no subject or after "I"/"we", is "I've got":
# a plan ahead; "he got" stays the past's "received"
CHAT_GOT = [
    ("got a job interview on the 17th, wish me luck", ("the 17th", "DATE", "2021-09-17")),
    ("i got a dentist appointment on monday", ("monday", "DATE", "2021-09-20")),
    ("Fenwick got an interview on Monday.", ("Monday", "DATE", "2021-09-13")),
]


# what is kept, sold or told for a bare weekday names one ahead: "tickets still available for
# Saturday", "the forecast for Sunday"; a past verb still looks back
PROVIDED_FOR = [
    ("Brunch reservations at the Tarn cafe still open for Sunday!",
     ("Sunday", "DATE", "2021-09-19")),
    ("tickets for saturday are sold out", ("saturday", "DATE", "2021-09-18")),
    ("The forecast for Sunday is heavy rain over Corran.", ("Sunday", "DATE", "2021-09-19")),
    ("Tickets for Saturday sold out within an hour.", ("Saturday", "DATE", "2021-09-11")),
]


# a hyphenated "-ed" compound ("state-owned", "long-awaited") is an adjective, no past verb; a
# hyphenated verb ("re-elected") still is one
COMPOUNDS = [
    ("The deal requires Kestria to merge its two state-owned banks by the end of March.",
     ("the end of March", "DATE", "2022-03")),
    ("The mayor of Tarn was re-elected on Sunday.", ("Sunday", "DATE", "2021-09-12")),
    # a reported past progressive of an arrangement is a plan ahead; unreported it stays past
    ("The Tarn relief fund said it was flying in 30 tonnes of supplies on Sunday.",
     ("Sunday", "DATE", "2021-09-19")),
    ("The Tarn relief fund was flying in supplies on Sunday.", ("Sunday", "DATE", "2021-09-12")),
    ("Police said the driver was speeding on Sunday.", ("Sunday", "DATE", "2021-09-12")),
]


#: (text, publication date, a mention that must be among those found)
FOUND = [(text, DCT, want) for text, want in [
    *NEXT_DECADE, *AWAY, *MONTH_AHEAD, *OBJECT_NOUNS, *FALL, *PARTICIPLES, *REPORTED, *ARRANGED,
    *MONTH_ANAPHORS, *CHAT_GOT,
    *PROVIDED_FOR, *COMPOUNDS]] + [(text, date(1989, 11, 22), want) for text, want in PERIOD_END] \
    + QUARTER_ENDED + QUARTER_CLOSED


@pytest.mark.parametrize(("text", "dct", "want"), FOUND)
def test_mention_found(text: str, dct: date, want: tuple[str, str, str]) -> None:
    assert want in found(text, dct)


# a calendar word before a firm's last word is the firm's name; quoted titles
FIRMS = [
    # a part of day or a season after a preposition inside a quoted Title Case title is the
    # title's; a weekday there is a quoted headline's date
    ('The Tarn band closed with "Harbour at Dusk", to 800 fans.', []),
    ('"Ferries Resume on Monday," the Tarn paper said.', [("Monday", "DATE", "2021-09-13")]),
    ("Investors Desert Noon Ventures", []),
    ("Shares of Sunday Media rose 4 percent.", []),
    ("Markets fell on Friday. Airlines led the decline.", [("Friday", "DATE", "2021-09-10")]),
]


# a post's evening words ("book club", "wine", Halloween) put a bare hour in the evening; an
# unpadded "M:SS" in brackets after "Artist - Title" is the track's length
POST_HOURS = [
    ("Book club at mine tomorrow at 7, bring wine not excuses", DCT,
     [("tomorrow at 7", "TIME", "2021-09-16T19:00")]),
    ("HAPPY HALLOWEEN!! PORCH LIGHT IS ON TILL 8 THEN WE'RE OUT OF CANDY", date(2020, 10, 31),
     [("HALLOWEEN", "DATE", "2020-10-31"), ("8", "TIME", "2020-10-31T20:00")]),
    ("Moth Parade - Lanternfish (3:41) is stuck in my head", DCT, []),
]


#: (text, publication date, every mention found)
EXACT = [(text, DCT, []) for text in [*NOT_AWAY, *NOT_FALL, *MODELS]] \
    + [(text, DCT, want) for text, want in [*SHOW, *AT_THIS_HOUR, *FIRMS]] \
    + POST_AND_TRAPS + POST_HOURS


@pytest.mark.parametrize(("text", "dct", "want"), EXACT)
def test_every_mention(text: str, dct: date, want: list[tuple[str, str, str]]) -> None:
    assert found(text, dct) == want

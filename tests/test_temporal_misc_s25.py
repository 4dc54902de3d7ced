"""Session 25's names, non-times and missed forms in posts and broadcasts, found on the tune half
of its blind batches: a month as a transcript speaker's first name, a calendar word given as a
name after "called"/"named", a player's rating, a part of day naming a broadcast or a round, a
broadcast's "this hour", a century's year in words, a bare day after an event's noun, a post's
"the wk after", "this eve", "this holiday wknd", decades joined by "&", "later this spring" and
a length's "late" before a weekday. Every sentence is written for this project; each table holds
cases that fail on the code before the session and same-shape cases that must keep their
reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Thursday 9 May 2024.
THU = date(2024, 5, 9)

# --- non-times: names, ratings, a part of day before a broadcast's noun -------------------------
# (text, publication date, a word that must be in no span, the spans that must stay)
NOT_TIMES = [
    # a transcript's speaker label: a month in capitals before an all-caps surname
    ("Fares went up again.  JUNE ABERNATHY, RIVERSIDE COMMUTERS GROUP: Nobody asked us.",
     THU, "JUNE", {}),
    ("The mill closed in 1998.\nAUGUST LINDQVIST: My father worked there for decades.",
     THU, "AUGUST", {"1998": ("DATE", "1998"), "decades": ("DURATION", "PXY")}),
    ("APRIL MBEKI, HARBOUR NURSES UNION: We will walk out on Tuesday.", THU, "APRIL",
     {"Tuesday": ("DATE", "2024-05-14")}),
    # a calendar word given as a name after "called"/"named"
    ("Fostering update: two kittens and a very shy lurcher called Sunday 🐾", THU, "Sunday", {}),
    ("We adopted a tabby named Tuesday from the shelter.", THU, "Tuesday", {}),
    ("My new axolotl named Friday keeps hiding in the castle.", THU, "Friday", {}),
    # a rating after "rated"/"ranked" is no year
    ("Club night results: Amara won twice and is rated 1820 after tonight.", THU, "1820",
     {"tonight": ("TIME", "2024-05-09TNI")}),
    ("The junior squad's top board, ranked 1990 nationally, drew with Hale.", THU, "1990", {}),
    ("His rating is now 1710 after the county congress.", THU, "1710", {}),
    # a part of day naming a broadcast or a round
    ("The flood at the bakery even made the evening news.", THU, "the evening", {}),
    ("Dad has the morning run to the station and I do pickup.", THU, "the morning", {}),
    ("Did you catch the lunchtime bulletin? They read out my letter.", THU, "lunchtime", {}),
    ("He left near the end of the day shift on Friday.", THU, "the end of the day",
     {"Friday": ("DATE", "2024-05-03")}),
]


@pytest.mark.parametrize(("text", "dct", "word", "kept"), NOT_TIMES)
def test_names_and_non_times(text, dct, word, kept) -> None:
    found = _found(text, dct)
    assert not any(word in span for span in found), found
    for span, want in kept.items():
        assert found.get(span) == want, (span, found)


# --- must stay: the same words where they are times ------------------------------------------
MUST_STAY = [
    ("April Sorensen said the budget was short.", THU, {}),  # mixed case: no month, as before
    ("The quiz is back in JUNE, with new rounds.", THU, {"JUNE": ("DATE", "2024-06")}),
    ("JUNE 2024: RECORD HEAT ACROSS THE VALLEY", THU, {"JUNE 2024": ("DATE", "2024-06")}),
    ("The union called Monday for a strike over pay.", THU, {"Monday": ("DATE", "2024-05-06")}),
    ("The Friday market is back in the square.", THU, {"Friday": ("DATE", "2024-05-03")}),
    ("The bed and breakfast is rated 4 stars.", THU, {}),
    ("The mill was rated in 1820 as the largest in the shire.", THU,
     {"1820": ("DATE", "1820")}),
    ("In the evening news broke that the bridge would shut.", THU,
     {"the evening": ("TIME", "2024-05-09TEV")}),
    ("We walked along the canal in the morning.", THU, {"the morning": ("TIME", "2024-05-09TMO")}),
    ("Shares slipped toward the end of the day.", THU,
     {"the end of the day": ("DATE", "2024-05-09")}),
    ("We tee off at the 16th hole.", THU, {}),
    ("The clinic moved to the 4th floor.", THU, {}),
    ("Highs in the 80s & 90s all week.", THU, {}),  # temperatures, as the README keys them
    ("It sold for as much as nineteen hundred.", THU, {}),
    ("Talks ended late Monday.", THU, {"late Monday": ("DATE", "2024-05-06")}),
    ("The meeting ran late Monday night.", THU, {"late Monday night": ("TIME", "2024-05-06TNI")}),
    ("Hurricane crews are on the roads at this hour.", THU, {"this hour": ("DATE", "PRESENT_REF")}),
    ("The show This Hour Has Seven Days returns.", THU, {}),
    ("The report is due later this year.", THU, {"later this year": ("DATE", "2024")}),
]


@pytest.mark.parametrize(("text", "dct", "want"), MUST_STAY)
def test_must_stay(text, dct, want) -> None:
    found = _found(text, dct)
    assert found == want, found


# --- missed forms ----------------------------------------------------------------------------
# (text, publication date, {span: (type, value)})
FORMS = [
    # a broadcast's "this hour" after its story's or headlines' noun: PRESENT_REF
    ("Our lead story this hour: the harbour bridge has reopened.", THU,
     {"this hour": ("DATE", "PRESENT_REF")}),
    ("The headlines this hour, read by Ama Boateng.", THU,
     {"this hour": ("DATE", "PRESENT_REF")}),
    # a century's first year in words after "as", "in", "since"
    ("Some old meters read the blank field as nineteen hundred, not as two thousand.",
     date(1999, 12, 20), {"nineteen hundred": ("DATE", "1900")}),
    ("The chapel has stood on the green since eighteen hundred.", THU,
     {"eighteen hundred": ("DATE", "1800")}),
    ("The parish was founded in seventeen hundred and never grew.", THU,
     {"seventeen hundred": ("DATE", "1700")}),
    # a bare ordinal day after an event's noun or a rota's word, ending its phrase
    ("Dress rehearsal sorted. Premiere the 22nd 🎬 seats from the box office.", date(2019, 2, 6),
     {"the 22nd": ("DATE", "2019-02-22")}),
    ("Charity gala the 14th, black tie please.", THU, {"the 14th": ("DATE", "2024-05-14")}),
    ("Working the 25th again, double pay at least.", date(2023, 12, 25),
     {"the 25th": ("DATE", "2023-12-25")}),
    ("I'm off the 20th so come round for tea.", THU, {"the 20th": ("DATE", "2024-05-20")}),
    # a post's "the wk after": the week after the one named
    ("Bins rota: I'm on this wk, Ravi takes the wk after.", THU,
     {"this wk": ("DATE", "2024-W19"), "the wk after": ("DATE", "2024-W20")}),
    # "this eve": this evening
    ("Extra choir practice this eve, altos bring pencils.", THU,
     {"this eve": ("TIME", "2024-05-09TEV")}),
    ("netball tmrw eve if anyone fancies it", THU, {"tmrw eve": ("TIME", "2024-05-10TEV")}),
    # "this holiday wknd": this weekend
    ("Roadworks on the ring road. Go carefully this holiday wknd!", THU,
     {"this holiday wknd": ("DATE", "2024-W19-WE")}),
    ("Stay safe this bank holiday weekend.", THU,
     {"this bank holiday weekend": ("DATE", "2024-W19-WE")}),
    # a decade after "&" is a decade too
    ("DJ Tola plays the best of the 60s & 70s every Friday.", THU,
     {"the 60s": ("DATE", "196"), "70s": ("DATE", "197")}),
    # "later"/"earlier" before this/next/last and a season: one span
    ("The council will publish its review later this spring.", THU,
     {"later this spring": ("DATE", "2024-SP")}),
    ("We finished the extension earlier this summer.", date(2023, 8, 30),
     {"earlier this summer": ("DATE", "2023-SU")}),
    # a length's "late"/"early" before a weekday: the span is the weekday
    ("Due to snow, all Fenwick schools open 2 hours late Tuesday.", THU,
     {"2 hours": ("DURATION", "PT2H"), "Tuesday": ("DATE", "2024-05-14")}),
    ("Trains will leave 30 minutes early Friday.", THU,
     {"30 minutes": ("DURATION", "PT30M"), "Friday": ("DATE", "2024-05-10")}),
]


@pytest.mark.parametrize(("text", "dct", "want"), FORMS)
def test_missed_forms(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want.items():
        assert found.get(span) == value, (span, found)

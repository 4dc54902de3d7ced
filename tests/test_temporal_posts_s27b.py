"""Session 27's posts, round 2: a bare hour after "since" before "and" or a gerund, an
abbreviation's point that also ends the sentence, "the bank holiday", leap day and a year
greeted with "Happy". Every sentence is written for this project; each table holds cases that
fail on the code before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

SUN = date(2024, 3, 10)
WED = date(2024, 3, 13)
BONFIRE = date(2024, 11, 5)
NEW_YEAR = date(2025, 1, 1)

# --- a post's bare hour after "since", before "and" or a gerund -------------------------------
SINCE_HOURS = [
    ("the twins slept until 6:20. I've been lying awake since 5 fretting about the boiler", SUN,
     [("5", "2024-03-10T05:00")]),
    ("someone's been letting off fireworks since 7 and the baby won't settle 🎆", BONFIRE,
     [("7", "2024-11-05T19:00")]),
    ("been at the pub since 2 and still going strong", SUN, [("2", "2024-03-10T14:00")]),
    ("fireworks across the valley since 6 and no sign of stopping", BONFIRE,
     [("6", "2024-11-05T18:00")]),
    ("baby up at 6:05 again. been awake since 5 listening to the rain", SUN,
     [("5", "2024-03-10T05:00"), ("6:05", "2024-03-10T06:05")]),
    ("at the pub since 1 watching the rugby", SUN, [("1", "2024-03-10T13:00")]),
    ("bonfire tonight! fireworks since 6 and the cat has vanished", BONFIRE,
     [("6", "2024-11-05T18:00"), ("tonight", "2024-11-05TNI")]),
    # must stay: a post's bare hour already read so
    ("fireworks since 7", BONFIRE, [("7", "2024-11-05T19:00")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), SINCE_HOURS)
def test_since_an_hour_before_and_or_a_gerund(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize("text", [
    "i've had a headache since 3 and nothing helps",  # no word of a plan, an age or a span
    "been playing piano since 5 and loving every minute",  # an age
    "awake since 4 and counting",  # no plan nor other time in the post
    "the fireworks shop has traded since 1998 and sold out",
    "fireworks since 7 and a half hours later still going",
])
def test_since_counts_and_ages_stay_out(text) -> None:
    found = _found(text, BONFIRE)
    assert not any(k.strip().isdigit() and len(k.strip()) <= 2 for k in found), found


# --- an abbreviation's point that also ends the sentence is left out of the span -------------
POINTS = [
    ("choir resumes next weds. bring your folders", WED, [("next weds", "2024-03-20")]),
    ("The museum reopens Friday 22 Mar. Entry is free.", WED, [("Friday 22 Mar", "2024-03-22")]),
    ("allotment open days are sat 16 mar. come along", WED, [("sat 16 mar", "2024-03-16")]),
    ("the pool reopens next fri. lane swimming only", WED, [("next fri", "2024-03-15")]),
    ("Exams start Monday 8 Apr. Revision sessions run all week.", WED,
     [("Monday 8 Apr", "2024-04-08")]),
    ("new menu from next tues. booking advised", WED, [("next tues", "2024-03-19")]),
    # must stay: the point before a mark, inside the date, or going on with the sentence
    ("Report due by Thurs.!", WED, [("Thurs.", "2024-03-14")]),
    ("The museum reopens Mar. 22. Entry is free.", WED, [("Mar. 22", "2024-03-22")]),
    ("Sales slipped in Sept. and picked up later.", WED, [("Sept.", "2023-09")]),
    ("lifts out of action tue-thu. use the stairs", WED, [("thu.", "2024-03-21")]),  # a range
    ("Book club moved to next Thurs. at 7pm.", WED,
     [("next Thurs. at 7pm", "2024-03-21T19:00")]),
    ("The vote is on Feb. 27, 1998.", WED, [("Feb. 27, 1998", "1998-02-27")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), POINTS)
def test_a_sentence_point_after_an_abbreviation(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


def test_no_span_keeps_a_sentence_point() -> None:
    found = _found("the museum reopens Friday 22 Mar. Entry is free.", WED)
    assert "Friday 22 Mar." not in found, found


# --- "the bank holiday", leap day, "Happy <year>" ---------------------------------------------
DAYS = [
    ("Quiz and curry at the Red Lion for the bank holiday! Monday from 6pm", date(2024, 8, 23),
     [("the bank holiday", "2024-08-26"), ("Monday", "2024-08-26")]),
    ("Roadworks on the ring road paused over the Bank Holiday 🚧", date(2024, 5, 24),
     [("the Bank Holiday", "2024-05-27")]),
    ("It's leap day, so the bakery is handing out free buns till noon", date(2024, 2, 29),
     [("leap day", "2024-02-29")]),
    ("our sponsored swim is on leap day, sign up at the desk", date(2024, 2, 20),
     [("leap day", "2024-02-29")]),
    ("Car boot sale at the rugby club for the bank holiday, gates at 8", date(2024, 8, 22),
     [("the bank holiday", "2024-08-26")]),
    ("great weather over the bank holiday for once", date(2024, 4, 2),
     [("the bank holiday", "2024-04-01")]),
    ("leap day! free entry for anyone born on the 29th", date(2024, 2, 29),
     [("leap day", "2024-02-29")]),
    ("The charity bake-off returns on Leap Day this year", date(2028, 2, 10),
     [("Leap Day", "2028-02-29")]),
    # a Monday's holiday weekend is the one before it, as "the Easter weekend" is
    ("camping for the bank holiday weekend", date(2024, 8, 23),
     [("the bank holiday weekend", "2024-W34-WE")]),
    ("home at 2, asleep by 3. Happy 2025 my beautiful people 🎉", NEW_YEAR,
     [("2025", "2025")]),
    ("Happy 2025 dear members, see you at the clubhouse", NEW_YEAR, [("2025", "2025")]),
    ("bins collected late, sorry. Happy 2025 fellow residents!", NEW_YEAR, [("2025", "2025")]),
    # must stay: a holiday named by its weekday, a year greeted alone
    ("see you on the bank holiday monday", date(2024, 8, 23),
     [("bank holiday monday", "2024-08-26")]),
    ("Happy 2025 everyone", NEW_YEAR, [("2025", "2025")]),
]


@pytest.mark.parametrize(("text", "dct", "want"), DAYS)
def test_named_days_of_posts(text, dct, want) -> None:
    found = _found(text, dct)
    for span, value in want:
        assert found.get(span, (None, None))[1] == value, (span, found)


@pytest.mark.parametrize(("text", "dct", "kept"), [
    ("no buses today for the bank holiday", date(2024, 8, 26), {"today"}),
    ("short week because of the bank holiday yesterday", date(2024, 8, 27), {"yesterday"}),
    ("new rules on the bank holiday pay rates", date(2024, 8, 23), set()),
    ("it's a bank holiday so the shop is shut", date(2024, 8, 26), set()),
    ("Bank holiday traffic is already building", date(2024, 8, 23), set()),
    ("Happy 2000 customers and counting!", date(2024, 3, 1), set()),
    ("happy 1500 followers!!", date(2024, 3, 1), set()),
])
def test_must_stay_untagged(text, dct, kept) -> None:
    assert set(_found(text, dct)) == kept

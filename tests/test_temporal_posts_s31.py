"""Session 31's forms in social posts, found on the tune half of its blind batch of tweets:
a British "half 3" before a post's "tho"; a booking's approximate hour ("cab booked for 8ish");
a bare hour after "at" in a post that books a table or names a roast; "new yrs day" and a
lower-case "republic day" (India's by default, Turkey's or Italy's where the text names them);
an event's noun, "is" and a day of the month before "and"/"but"/"so" ("the recital is the 21st
and ..."); "can't come soon enough", whose "soon" is no time. Every sentence is written for this
project; each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

SAT = date(2019, 3, 9)  # a Saturday

# (text, publication date, {span: (type, value) or None for "not found"})
CASES = [
    # --- 1. clock forms of posts ---------------------------------------------------------------
    ("rain or not the march kicks off at half 3 tho, bring a brolly", SAT,
     {"half 3": ("TIME", "2019-03-09T15:30")}),
    ("party at kez's, cab booked for 8ish and still no shoes on 🙈", SAT,
     {"8ish": ("TIME", "2019-03-09T20:00")}),
    ("minibus reserved for 6ish, don't be late", SAT, {"6ish": ("TIME", "2019-03-09T18:00")}),
    ("carvery at the plough, table for 4 at 2 🥩 starving already", SAT,
     {"2": ("TIME", "2019-03-09T14:00")}),
    ("sunday roast with the in-laws at 1 😬", date(2019, 3, 10),
     {"1": ("TIME", "2019-03-10T13:00")}),
    # must stay
    ("we drew 1-1 at half time tho", SAT, {"half": None, "1-1": None}),
    ("booked for 5ish people but 9 turned up", SAT, {"5ish": None}),
    ("table for 6 please", SAT, {"6": None}),
    ("we were at 1 point behind them", SAT, {"1": None}),
    ("stir in half 2 the sugar", SAT, {"half 2": None}),
    ("ran for 2ish hours this morning", SAT, {"2ish": None}),
    # --- 2. holidays as posts spell them -------------------------------------------------------
    ("new yrs day swim in the sea 🥶 never again", date(2020, 1, 1),
     {"new yrs day": ("DATE", "2020-01-01")}),
    ("who's hosting new yr's eve this time?", date(2019, 12, 20),
     {"new yr's eve": ("DATE", "2019-12-31")}),
    ("it's republic day so the whole street is out with flags 🇮🇳", date(2019, 1, 26),
     {"republic day": ("DATE", "2019-01-26")}),
    ("The Republic Day parade in Delhi will run past noon", date(2019, 1, 20),
     {"Republic Day": ("DATE", "2019-01-26")}),
    ("Ankara prepares for Republic Day next week", date(2019, 10, 22),
     {"Republic Day": ("DATE", "2019-10-29")}),
    ("Italians mark Republic Day tomorrow with a flypast", date(2019, 6, 1),
     {"Republic Day": ("DATE", "2019-06-02")}),
    ("happy waitangi day from the beach 🇳🇿", date(2019, 2, 6),
     {"waitangi day": ("DATE", "2019-02-06")}),
    ("daffodils pinned on for st david's day", date(2019, 2, 28),
     {"st david's day": ("DATE", "2019-03-01")}),
    ("burns night 🥃 haggis is in the oven", date(2019, 1, 25),
     {"burns night": ("DATE", "2019-01-25")}),
    # must stay
    ("the stove burns night and day in winter", date(2019, 3, 9), {"burns night": None}),
    ("new yrs resolution: fewer crisps", date(2020, 1, 1), {"new yrs": None}),
    ("a republic day speech from the student union", date(2019, 6, 20), {"republic day": None}),
    # --- 3. an event's noun, "is" and a day of the month ---------------------------------------
    ("the recital is the 21st and my fingers are not ready", date(2019, 3, 9),
     {"the 21st": ("DATE", "2019-03-21")}),
    ("the braai is the 4th so bring your own chairs", date(2019, 3, 9),
     {"the 4th": ("DATE", "2019-04-04")}),
    ("her bday is the 30th but we're out on the 28th", date(2019, 3, 9),
     {"the 30th": ("DATE", "2019-03-30")}),
    # must stay
    ("this gala is the 3rd and final one of the season", date(2019, 3, 9), {"the 3rd": None}),
    ("the party is the 2nd in a row to be rained off", date(2019, 3, 9), {"the 2nd": None}),
    # --- 4. "can't come soon enough" -------------------------------------------------------------
    ("payday can't come soon enough 💸", SAT, {"soon": None}),
    ("this week cannot end soon enough", SAT, {"soon": None}),
    # must stay
    ("you'll hear back soon enough", SAT, {"soon": ("DATE", "FUTURE_REF")}),
    ("the bus should come soon", SAT, {"soon": ("DATE", "FUTURE_REF")}),
]


@pytest.mark.parametrize(("text", "dct", "want"), CASES)
def test_posts_s31(text, dct, want) -> None:
    assert_spans(_found(text, dct), want)

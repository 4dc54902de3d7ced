"""Session 29's forms in social posts, found on the tune half of its blind batch of tweets: a
slash date after a verb of moving or booking and its "to"/"for" (with its "at <time>" one TIME),
"for the 14th" before another "for" phrase after a booking, a weekday abbreviation after
"til"/"until" before a post's closing adverb, "this aft", a listing's approximate hour after
an earlier clock time, and a question about going out to an event that names its night.
Every sentence is written for this project; each table holds cases that fail on the code
before the session and same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

THU = date(2016, 4, 28)  # a Thursday

# (text, publication date, {span: (type, value) or None for "not found"})
CASES = [
    # --- 1. slash dates after a verb of moving or booking (day first, as posts default) ----
    ("vet appt got moved to 3/6 at 4:40 ugh", THU,
     {"3/6 at 4:40": ("TIME", "2016-06-03T16:40")}),
    ("dentist moved to 5/12.", THU, {"5/12": ("DATE", "2016-12-05")}),
    ("they pushed my smear test back to 6/3 😑", THU, {"6/3": ("DATE", "2017-03-06")}),
    ("booked the minibus for 14/8 x", THU, {"14/8": ("DATE", "2016-08-14")}),
    # a month-first sign ("$") keeps its reading, the day still ahead
    ("vet moved to 5/12, another $90 gone", THU, {"5/12": ("DATE", "2016-05-12")}),
    # must stay
    ("bumped the rating to 9/10", THU, {"9/10": None}),
    ("changed the odds to 5/2 on the filly", THU, {"5/2": None}),
    ("moved to 24/7 opening at the depot", THU, {"24/7": None}),
    ("moved my savings to 3/4 of the pot", THU, {"3/4": None}),
    ("had moved it to 6/3 but they cancelled", THU, {"6/3": ("DATE", "2016-03-06")}),
    ("meet on 6/3 at 4:40", THU, {"6/3 at 4:40": ("TIME", "2016-03-06T16:40")}),
    # --- 2. "for the 14th" before another "for" after a booking -----------------------------
    ("reserved the scout hut for the 9th for mila's christening 🎈", date(2016, 10, 30),
     {"the 9th": ("DATE", "2016-11-09")}),
    ("booked the rugby club for the 21st for dad's 60th", date(2016, 10, 30),
     {"the 21st": ("DATE", "2016-11-21")}),
    ("booked the back room for the 3rd", date(2016, 10, 30),
     {"the 3rd": ("DATE", "2016-11-03")}),
    # must stay
    ("voted for the 3rd for a change", date(2016, 10, 30), {"the 3rd": None}),
    ("booked the barn for the 5th time for the party", date(2016, 10, 30), {"the 5th": None}),
    ("had booked the back room for the 3rd but it fell through", date(2016, 10, 30),
     {"the 3rd": None}),
    # --- 3. a weekday abbreviation after "til"/"until" --------------------------------------
    ("pub's shut, we're glamping til mon anyway ⛺", date(2013, 3, 29),
     {"mon": ("DATE", "2013-04-01")}),
    ("off work till sat tho", date(2013, 3, 27), {"sat": ("DATE", "2013-03-30")}),
    ("gym closed until Mon.", date(2013, 3, 27), {"Mon": ("DATE", "2013-04-01")}),
    ("off til mon", date(2013, 3, 29), {"mon": ("DATE", "2013-04-01")}),
    # must stay
    ("hold on til mon ami gets here", date(2013, 3, 29), {"mon": None}),
    ("come on mon, wake up", date(2013, 3, 29), {"mon": None}),
    ("c'mon mon!", date(2013, 3, 29), {"mon": None}),
    ("wait until Mon Repos opens", date(2013, 3, 29), {"Mon": None}),
    # --- 4. "this aft" ------------------------------------------------------------------------
    ("clocking off early this aft 🍺 nets later, who's in", date(2016, 7, 22),
     {"this aft": ("TIME", "2016-07-22TAF")}),
    ("parents' evening tmrw aft, dreading it", date(2016, 7, 22),
     {"tmrw aft": ("TIME", "2016-07-23TAF")}),
    # must stay
    ("we sat on this aft deck all trip", date(2016, 7, 22), {"this aft": None}),
    ("grab a seat in the aft cabin", date(2016, 7, 22), {"aft": None}),
    # --- 5. a listing's approximate hour after a clock time -----------------------------------
    ("doors 7:30pm, main act 9ish 🥁 bring earplugs", date(2012, 5, 5),
     {"9ish": ("TIME", "2012-05-05T21:00")}),
    ("gig tonight: doors 7, support 8ish, headliner 10ish", date(2012, 5, 5),
     {"8ish": ("TIME", "2012-05-05T20:00"), "10ish": ("TIME", "2012-05-05T22:00")}),
    # must stay
    ("she arrived 3:45, aged 9ish", date(2012, 5, 5), {"9ish": None}),
    ("two kids, eldest 9ish", date(2012, 5, 5), {"9ish": None}),
    ("room 8, size 10ish", date(2012, 5, 5), {"10ish": None}),
    # a cue's own word after the comma keeps the cue's reading
    ("vote count 14:10, then drinks 8ish at the Tollgate", date(2012, 5, 5),
     {"8ish": ("TIME", "2012-05-05T20:00")}),
    # --- 6. a question about going out names the coming night ---------------------------------
    ("who's going to the marrowbone kings sat nite? doors half 8 at the corn exchange x",
     date(2011, 5, 19), {"sat nite": ("TIME", "2011-05-21TNI"),
                         "half 8": ("TIME", "2011-05-21T20:30")}),
    ("whos going to the lantern fri? x", date(2011, 5, 19), {"fri": ("DATE", "2011-05-20")}),
    # must stay
    ("who went to the marrowbone kings sat nite? x", date(2011, 5, 19),
     {"sat nite": ("TIME", "2011-05-14TNI")}),
    ("cut the pie in half 8 at the table", date(2011, 5, 19), {"half 8": None}),
]


@pytest.mark.parametrize(("text", "dct", "want"), CASES)
def test_posts_s29(text, dct, want) -> None:
    assert_spans(_found(text, dct), want)

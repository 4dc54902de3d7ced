"""Session 30's left-over categories from earlier rounds: a chat's choice of two days whose
ambiguous abbreviation ("sat", "sun", "wed") opens the post or ends the pair, a weekday's
capitalised compound that names a league or a school, "sat fat", a setlist's bracketed track
lengths, and a British "half 11" after "at" before a verb. Every sentence is written for this
project; each table holds cases that fail on the code before the session and same-shape cases
that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans, found

THU = date(2024, 3, 14)  # a Thursday

# (text, publication date, {span: (type, value) or None for "not found"})
CASES = [
    # --- 1. a choice of two days with an ambiguous abbreviation ----------------------------
    ("sat or sun for the picnic?", THU,
     {"sat": ("DATE", "2024-03-16"), "sun": ("DATE", "2024-03-17")}),
    ("wed or fri works for me", THU,
     {"wed": ("DATE", "2024-03-20"), "fri": ("DATE", "2024-03-15")}),
    ("Sun or Mon for the car boot?", THU,
     {"Sun": ("DATE", "2024-03-17"), "Mon": ("DATE", "2024-03-18")}),
    ("tues or wed for the dentist?", THU,
     {"tues": ("DATE", "2024-03-19"), "wed": ("DATE", "2024-03-20")}),
    ("fri or sat for the leaving do?", THU,
     {"fri": ("DATE", "2024-03-15"), "sat": ("DATE", "2024-03-16")}),
    ("can do Friday or sat", THU,
     {"Friday": ("DATE", "2024-03-15"), "sat": ("DATE", "2024-03-16")}),
    # must stay: a verb "sat"/"wed" after a day, and a pair's start that is no day
    ("On Friday or sat down with the band, he never said", THU, {"sat": None}),
    ("they met Friday or wed in secret, nobody knows", THU, {"wed": None}),
    ("sat or stood for hours at the gate", THU, {"sat": None}),
    ("sun or rain, the market opens", THU, {"sun": None}),
    # --- 2. a weekday's capitalised compound naming a league or a school --------------------
    ("She coaches a Sunday League side in Leeds.", THU, {"Sunday": None}),
    ("He plays Sunday League football most weekends.", THU, {"Sunday": None}),
    ("Funds went to the Sunday School in the village.", THU, {"Sunday": None}),
    ("The Saturday Club meets above the bakery.", THU, {"Saturday": None}),
    # must stay: the day before a lower-case noun phrase, or before a capitalised name
    ("The league voted Sunday to expand.", THU, {"Sunday": ("DATE", "2024-03-10")}),
    ("School reopens Monday after the floods.", THU, {"Monday": ("DATE", "2024-03-18")}),
    ("Leeds United lost Sunday to Hull.", THU, {"Sunday": ("DATE", "2024-03-10")}),
    ("Officials said Tuesday School Board members would meet.", THU,
     {"Tuesday": ("DATE", "2024-03-12")}),
    ("Storm Closes Roads Tuesday School Run Chaos", THU, {"Tuesday": ("DATE", "2024-03-12")}),
    # --- 3. "sat fat" ------------------------------------------------------------------------
    ("swapped butter for olive oil to cut sat fat", THU, {"sat": None}),
    ("low in sat fats and salt", THU, {"sat": None}),
    # must stay
    ("bake sale sat!", THU, {"sat": ("DATE", "2024-03-16")}),
    # --- 4. a setlist's bracketed track lengths ----------------------------------------------
    ("Tracklist: Harbour Lights (3:41), Paper Kite (4:05), Last Tram (2:58)", THU,
     {"3:41": None, "4:05": None, "2:58": None}),
    ("side A: Copper (5:12), Ember (3:07)", THU, {"5:12": None, "3:07": None}),
    # must stay: a clock time in brackets with its am/pm, and a lone bracketed time
    ("Doors (7:30pm), support (8:15pm)", THU,
     {"7:30pm": ("TIME", "2024-03-14T19:30"), "8:15pm": ("TIME", "2024-03-14T20:15")}),
    ("The council meets tonight (7:30) in the hall.", THU,
     {"7:30": ("TIME", "2024-03-14T19:30")}),
    # --- 5. a British "half 11" after "at" before a verb -----------------------------------
    ("the parade at half 11 was brilliant", THU, {"half 11": ("TIME", "2024-03-14T11:30")}),
    ("kick off at half 2 is too early for me", THU, {"half 2": ("TIME", "2024-03-14T14:30")}),
    # must stay: a fraction
    ("about half 11 of them were late", THU, {"half 11": None}),
    ("at half 11 percent the rate is high", THU, {"half 11": None}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_leftovers_s30(text: str, dct: date, expected: dict) -> None:
    assert_spans(found(text, dct), expected)

"""Session 29's small categories, each with sentences written for this project: "the coming"
before a season, the weekend that follows a weekday under discussion, holiday names that are
no other word in lower case, a weekday surname before a name's letters ("KC", "MP"), degrees
after "readings in", a chat's weekday "at half 10", a Title Case headline's infinitive,
a market's "rebound in" beside a quarter, a lower-case month that names a pet or a relative, and
a broadcast's sign-off ("This is World News Tonight.").
Each table holds cases that fail on the code before the session and near-misses that must keep
their reading (a span wanted as None is absent)."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

WED = date(2024, 3, 13)  # a Wednesday
MON = date(2025, 6, 2)  # a Monday

CASES = [
    # --- "the coming"/"the upcoming" before a season: the next one ---------------------------
    (MON, "Growers fear a poor harvest in the coming autumn.", {"the coming autumn":
                                                                ("DATE", "2025-FA")}),
    (MON, "Heating bills will rise in the upcoming winter.", {"the upcoming winter":
                                                             ("DATE", "2026-WI")}),
    (date(2025, 1, 10), "The clinic expects more patients in the coming spring.",
     {"the coming spring": ("DATE", "2025-SP")}),
    # must stay
    (MON, "Prices will rise in the coming months.", {"the coming months": ("DATE", "FUTURE_REF")}),
    (MON, "The council will decide this coming winter.", {"this coming winter":
                                                          ("DATE", "2026-WI")}),
    # --- the weekend after a weekday under discussion: that week's ---------------------------
    (WED, "Gales closed the pier on Thursday, February 29. The following weekend, it reopened.",
     {"The following weekend": ("DATE", "2024-W09-WE")}),
    (WED, "The mill flooded on Monday, March 4. The next weekend volunteers cleared the silt.",
     {"The next weekend": ("DATE", "2024-W10-WE")}),
    (WED, "The mill flooded on Monday, March 4. The weekend after, volunteers cleared it.",
     {"The weekend after": ("DATE", "2024-W10-WE")}),
    # must stay: after a Saturday the next week's; the weekend before a Monday is the one just gone
    (WED, "The mill flooded on Saturday, March 2. The following weekend, it reopened.",
     {"The following weekend": ("DATE", "2024-W10-WE")}),
    (WED, "The mill flooded on Monday, March 4. The weekend before, it had rained hard.",
     {"The weekend before": ("DATE", "2024-W09-WE")}),
    # --- lower-case holiday names no other word shares ---------------------------------------
    (MON, "my aunt is hosting a cookout for juneteenth, im bringing slaw",
     {"juneteenth": ("DATE", "2025-06-19")}),
    (WED, "shrove tuesday crepes went straight on the ceiling", {"shrove tuesday":
                                                                 ("DATE", "2024-02-13")}),
    (WED, "holi at the community centre, bring old clothes", {"holi": ("DATE", "2024-03-25")}),
    # must stay: words that only begin the same way
    (WED, "a holistic plan for a holier parish", {"holi": None}),
    # --- a weekday surname between a capitalised name and its letters ------------------------
    (WED, "The appeal was argued by Tunde Friday KC for the borough.", {"Friday": None}),
    (WED, "Backbencher Rosa Monday MP asked about buses.", {"Monday": None}),
    # must stay: a surname and a date, as wire copy writes it; letters that are no name's
    (WED, "Mayor Hollis Saturday vowed to reopen the baths.", {"Saturday": ("DATE", "2024-03-09")}),
    (WED, "The board said Friday MPs had been briefed.", {"Friday": ("DATE", "2024-03-08")}),
    # --- degrees after "readings in"/"the mercury": no decade --------------------------------
    (MON, "Readings in the 80s are likely along the coast.", {"the 80s": None}),
    (MON, "The mercury climbed into the 90s across the plains.", {"the 90s": None}),
    # must stay: readings of texts, and a decade
    (MON, "Her readings of the sagas in the 70s drew crowds.", {"the 70s": ("DATE", "197")}),
    (MON, "The band peaked in the 90s.", {"the 90s": ("DATE", "199")}),
    # --- a chat's weekday abbreviation "at half 10": one time on that day --------------------
    (MON, "sat at half 10 for the parkrun?", {"sat at half 10": ("TIME", "2025-06-07T10:30")}),
    (MON, "fri at half 7 at the lido", {"fri at half 7": ("TIME", "2025-06-06T07:30")}),
    # must stay: the star's "sun" stays no day
    (MON, "the sun at half 10 was blinding", {"sun at half 10": None}),
    # --- a Title Case headline's infinitive of a scheduled event looks ahead ----------------
    (MON, "Refuse Collectors to Strike From 6am Thursday",
     {"6am Thursday": ("TIME", "2025-06-05T06:00")}),
    (MON, "Parish Council to Hold Vote On Friday", {"Friday": ("DATE", "2025-06-06")}),
    # must stay: a past headline, and a "to" of a place
    (MON, "Coastal Path to Bay Reopened Friday", {"Friday": ("DATE", "2025-05-30")}),
    # --- a market's "rebound in"/"rebound from" is no basketball word --------------------
    (date(2023, 11, 10), "Bakers are banking on a rebound in the fourth quarter, the chain said.",
     {"the fourth quarter": ("DATE", "2023-Q4")}),
    (date(2023, 11, 10), "Brokers see a rebound from the third quarter lull.",
     {"the third quarter": ("DATE", "2023-Q3")}),
    # must stay: a board's rebound, rebounds counted
    (date(2023, 11, 10), "Okoro grabbed a rebound in the fourth quarter and scored.",
     {"the fourth quarter": None}),
    (date(2023, 11, 10), "Lind had nine rebounds in the third quarter.",
     {"the third quarter": None}),
    # --- a lower-case month after a pet's or a relative's noun is a name ------------------
    (MON, "my cat june knocked the plant off the shelf again", {"june": None}),
    (MON, "our niece april starts nursery soon", {"april": None}),
    # must stay: a month with its day, and a month after a preposition
    (MON, "my son june 3rd is his birthday party", {"june 3rd": ("DATE", "2025-06-03")}),
    (MON, "back in june we moved house", {"june": ("DATE", "2025-06")}),
    # --- a broadcast's sign-off: a programme's name ending in "Today"/"Tonight" -------------
    (date(1998, 7, 21), "Crews are still searching. This is Evening Report Tonight.",
     {"Tonight": None}),
    (date(1998, 7, 21), "That is all for now. This is Radio Harbour Today.", {"Today": None}),
    # must stay: a headline's "Tonight", a sentence opening with it, a lower-case "tonight"
    (date(1998, 7, 21), "Council Votes Tonight", {"Tonight": ("TIME", "1998-07-21TNI")}),
    (date(1998, 7, 21), "This is it. Tonight the polls close.",
     {"Tonight": ("TIME", "1998-07-21TNI")}),
    (date(1998, 7, 21), "This is Evening Report. The storm hit tonight.",
     {"tonight": ("TIME", "1998-07-21TNI")}),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES)
def test_session_29_categories(dct: date, text: str, want: dict) -> None:
    assert_spans(_found(text, dct), want)

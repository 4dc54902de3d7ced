"""Session 31's categories from the tune half of its blind phrasings: the feasts around Easter in
lower case, a bare "H1"/"H2" after a preposition of time, a chat's pair of days before an
errand's "to", a farewell's day before "when", "wed(s)" before a post's "H.MM", an open
invitation after a day ("if anyone wants to help") and a dilution's ratio. Every sentence is
written for this project; each table holds cases that fail on the code before the session and
same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans, found

WED = date(2024, 3, 13)  # a Wednesday, Easter 2024 is 31 March
MON = date(2025, 6, 2)  # a Monday
FRI = date(2023, 11, 10)  # a Friday

# (text, publication date, {span: (type, value) or None for "not found"})
CASES = [
    # --- 1. the feasts around Easter in lower case ------------------------------------------
    ("the ash wednesday queue for ashes went round the block", WED,
     {"ash wednesday": ("DATE", "2024-02-14")}),
    ("kids made crosses for palm sunday at the youth club", WED,
     {"palm sunday": ("DATE", "2024-03-24")}),
    ("foot washing on maundy thursday, bring a towel", WED,
     {"maundy thursday": ("DATE", "2024-03-28")}),
    ("choir practice extra long before pentecost", MON,
     {"pentecost": ("DATE", "2025-06-08")}),
    ("whit sunday picnic by the canal again?", MON,
     {"whit sunday": ("DATE", "2025-06-08")}),
    # must stay: other words
    ("the pentecostal church hall has new chairs", MON, {"pentecost": None}),
    ("sunday roast by the palm trees", WED, {"palm sunday": None}),
    # --- 2. a bare "H1"/"H2" after a preposition of time -----------------------------------
    ("The brewer expects volumes to recover in H2.", MON, {"H2": ("DATE", "2025-H2")}),
    ("Margins narrowed during H1, the airline said.", date(2025, 9, 3),
     {"H1": ("DATE", "2025-H1")}),
    ("Analysts expect a dividend for H2 and a buyback.", MON,
     {"H2": ("DATE", "2025-H2")}),
    # must stay: hydrogen, a heading, a virus
    ("The buses will run on tanks filled with H2 and oxygen.", MON, {"H2": None}),
    ("Engineers stored it in H2 cylinders under the yard.", MON, {"H2": None}),
    ("Health officials tracked the spread of H1N1 in schools.", MON, {"H1N1": None}),
    # --- 3. a chat's pair of days before an errand's "to" ----------------------------------
    ("mon or tues to collect the bike from the shop?", FRI,
     {"mon": ("DATE", "2023-11-13"), "tues": ("DATE", "2023-11-14")}),
    ("sat or sun to sort the garage out", MON,
     {"sat": ("DATE", "2025-06-07"), "sun": ("DATE", "2025-06-08")}),
    # must stay: a verb "sat" that is no pair's day
    ("he sat or stood to watch the match", MON, {"sat": None}),
    # --- 4. a farewell's day before "when" --------------------------------------------------
    ("cheers for the loan, see u mon when i bring the drill back", FRI,
     {"mon": ("DATE", "2023-11-13")}),
    ("see you sat after training x", FRI, {"sat": ("DATE", "2023-11-11")}),
    # --- 5. "wed(s)" before a post's "H.MM" -------------------------------------------------
    ("weds 4.45 outside the leisure centre", FRI, {"weds": ("DATE", "2023-11-15")}),
    ("piano lesson now wed 6.15", FRI, {"wed": ("DATE", "2023-11-15")}),
    # must stay: a wedding, and a measurement
    ("the couple will wed 3.30 miles from the church", FRI, {"wed": None}),
    ("the pair wed 2.15 on the dot", FRI, {"wed": None}),
    # --- 6. an open invitation after a day --------------------------------------------------
    ("clearing the allotment sat 9ish if anyone wants to help", MON,
     {"sat 9ish": ("TIME", "2025-06-07T09:00")}),
    ("painting the fence Saturday if anybody fancies helping", MON,
     {"Saturday": ("DATE", "2025-06-07")}),
    # must stay: a past clause keeps the day behind
    ("we had a barbecue sat, ask if anyone wants the leftovers", MON,
     {"sat": ("DATE", "2025-05-31")}),
    ("The board met Thursday to ask if anyone wants the building.", MON,
     {"Thursday": ("DATE", "2025-05-29")}),
    # --- 7. a dilution's ratio --------------------------------------------------------------
    ("Dilute it 1:40 in warm water.", MON, {"1:40": None}),
    ("The bleach was diluted 1:20 before cleaning.", MON, {"1:20": None}),
    # must stay: a clock time after another verb
    ("The coach leaves at 1:20 with the team.", MON, {"1:20": ("TIME", "2025-06-02T13:20")}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasings_s31(text: str, dct: date, expected: dict) -> None:
    assert_spans(found(text, dct), expected)

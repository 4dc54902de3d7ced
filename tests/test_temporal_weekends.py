"""Which weekend "the weekend" names: a past clause looks back to the last weekend begun by the
publication date, a future clause ahead, and a clause with no tense takes the nearer one (Monday
and Tuesday look back); "this weekend" is the one of the publication date's week (MEANTIME
annotates it so even in a past clause). Written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)  # ISO week 11: its weekend is 16-17 March, the last one 9-10 March
MON = date(2024, 3, 11)
SAT = date(2024, 3, 16)

CASES = [
    # a past clause: the weekend already begun
    ("Crews repaired the signal cables over the weekend.", WED, "the weekend", "2024-W10-WE"),
    ("The harbour was quiet at the weekend.", WED, "the weekend", "2024-W10-WE"),
    ("Two climbers were rescued on the weekend.", MON, "the weekend", "2024-W10-WE"),
    # said on the weekend itself, the weekend is this one
    ("Fans queued all night over the weekend.", SAT, "the weekend", "2024-W11-WE"),
    # a future clause: the one ahead
    ("Engineers will inspect the bridge over the weekend.", MON, "the weekend", "2024-W11-WE"),
    ("The museum is due to reopen this weekend.", WED, "this weekend", "2024-W11-WE"),
    ("The museum reopens this weekend.", MON, "this weekend", "2024-W11-WE"),
    # no tense: the nearer one
    ("Gales over the weekend", MON, "the weekend", "2024-W10-WE"),
    ("Gales over the weekend", date(2024, 3, 14), "the weekend", "2024-W11-WE"),
    # a weekend after a day under discussion stays after it
    ("The talks stalled on Friday, and over the weekend the envoys flew home.", MON,
     "the weekend", "2024-W10-WE"),
]


@pytest.mark.parametrize("text,dct,span,value", CASES)
def test_the_weekend_follows_the_tense(text: str, dct: date, span: str, value: str) -> None:
    m = mention(text, span, dct=dct)
    assert m.value == value, m.explanation

"""Session 29: a negated "would"/"could" before a verb of telling is a refusal already made
("would not say on Monday whether ..."), so the weekday it hangs on is past, although a weak
future with "on" otherwise sends a bare weekday ahead. Every sentence is written for this
project; the near-misses keep their readings (a deadline, a plain "would", a refusal until a
day, an affirmative "could say")."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import assert_spans
from temporal_found import found as _found

# Wednesday 13 March 2024.
WED = date(2024, 3, 13)

CASES = [
    # --- refusals: the weekday is the day of the refusal, on or before the story ------------
    ("Harbour officials would not say on Monday whether the pier would reopen.",
     {"Monday": ("DATE", "2024-03-11")}),
    ("The club wouldn't confirm on Friday how much the striker had cost.",
     {"Friday": ("DATE", "2024-03-08")}),
    ("Fire crews could not say on Tuesday what started the blaze.",
     {"Tuesday": ("DATE", "2024-03-12")}),
    ("A spokeswoman would not disclose on Sunday where the talks were held.",
     {"Sunday": ("DATE", "2024-03-10")}),
    ("The board would not elaborate Thursday on the reasons for the delay.",
     {"Thursday": ("DATE", "2024-03-07")}),
    ("Investigators couldn't identify on Saturday the owner of the van.",
     {"Saturday": ("DATE", "2024-03-09")}),
    ("The minister would not speculate on Wednesday about a June poll.",
     {"Wednesday": ("DATE", "2024-03-13")}),
    # --- must stay: a plain weak future with "on", a refusal until a day, an affirmative ----
    ("The regulator would announce its ruling on Monday, aides said.",
     {"Monday": ("DATE", "2024-03-18")}),
    ("The mayor said he would not decide until Friday.",
     {"Friday": ("DATE", "2024-03-15")}),
    ("Union leaders would not say until Friday whether members would strike.",
     {"Friday": ("DATE", "2024-03-15")}),
    ("The club would not say by Friday whether the manager stays.",
     {"Friday": ("DATE", "2024-03-15")}),
    ("The committee will not say on Monday who the new chair is.",
     {"Monday": ("DATE", "2024-03-18")}),
    ("The team would play on Sunday if the pitch dried out.",
     {"Sunday": ("DATE", "2024-03-17")}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_refusal_to_tell_is_reported_past(text: str, want: dict) -> None:
    assert_spans(_found(text, WED), want)

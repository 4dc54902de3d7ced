"""A date named as the one set for an event ("set a trial date of Sept. 9", "a deadline of June
30", "a new date for May 4") lies ahead whatever the tense of the verb that set it, as the object
of "scheduled for" does; a past verb of the event itself ("..., passed") keeps it behind.
Publication date Wednesday 13 March 2024."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

AHEAD = [
    ("A judge on Monday set a trial date of Oct. 7 for the two brothers.", "Oct. 7",
     "2024-10-07"),
    ("The board fixed a deadline of June 30 for new bids.", "June 30", "2024-06-30"),
    ("Organisers announced a new date of Nov. 2 for the race.", "Nov. 2",
     "2024-11-02"),
    ("The court gave the firm a deadline of Friday to reply.", "Friday", "2024-03-15"),
    # a past participle inside a phrase after the date belongs to its noun, not to the event
    ("A judge set a sentencing date of Oct. 7 for a clerk convicted of fraud.", "Oct. 7",
     "2024-10-07"),
]

BEHIND = [
    # the event itself is told in the past
    ("The original deadline of March 1 passed without a deal.", "March 1", "2024-03-01"),
    # no date set: a past verb with a date
    ("The company set a sales record on Feb. 20.", "Feb. 20", "2024-02-20"),
    ("The two sides agreed to a truce in October.", "October", "2023-10"),
]


@pytest.mark.parametrize("text,span,value", AHEAD)
def test_a_date_set_for_an_event_lies_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", BEHIND)
def test_other_dates_keep_their_reading(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation

"""A date that is the object of a scheduling verb ("was scheduled for", "pushed back to",
"is listed for") lies ahead of the publication date, even in a past or passive clause, unless
its clause tells of the event in the past ("..., scheduled for Monday, was held")."""

from __future__ import annotations

from datetime import date

import pytest
from tagged_values import value_of

from summarize.temporal.tense import clause_tense

DCT = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, span, want", [
    # forward: the scheduled day is the next one
    ("The council vote was scheduled for Thursday.", "Thursday", "2024-03-14"),
    ("Wage talks were pushed back to Friday, the union said.", "Friday", "2024-03-15"),
    ("The ferry crossing was put off until Monday.", "Monday", "2024-03-18"),
    ("The appeal is listed for Thursday afternoon.", "Thursday afternoon", "2024-03-14TAF"),
    ("The school concert was moved to Saturday.", "Saturday", "2024-03-16"),
    ("The launch, rescheduled for Tuesday, needs calm winds.", "Tuesday", "2024-03-19"),
    ("The press briefing was delayed until Friday.", "Friday", "2024-03-15"),
    # back: a past of the event itself, a pluperfect plan, or no scheduling object
    ("The inquest, scheduled for Monday, was held in a packed room.", "Monday", "2024-03-11"),
    ("The tasting, slated for Tuesday, drew a big crowd.", "Tuesday", "2024-03-12"),
    ("The recital had been scheduled for Monday.", "Monday", "2024-03-11"),
    ("The band moved to Leeds on Monday.", "Monday", "2024-03-11"),
    ("The mayor set out her plans on Tuesday.", "Tuesday", "2024-03-12"),
])
def test_scheduled_weekdays(text: str, span: str, want: str) -> None:
    assert value_of(text, span, DCT) == want


@pytest.mark.parametrize("text, span, label, cue", [
    ("The council vote was scheduled for Thursday.", "Thursday", "future", "scheduled for"),
    ("Wage talks were pushed back to Friday.", "Friday", "future", "pushed back to"),
    ("The inquest, scheduled for Monday, was held.", "Monday", "past", "was held"),
    ("The recital had been scheduled for Monday.", "Monday", "past", "had been scheduled"),
])
def test_scheduling_tense(text: str, span: str, label: str, cue: str) -> None:
    start = text.index(span)
    t = clause_tense(text, start, start + len(span))
    assert (t.label, t.cue) == (label, cue)

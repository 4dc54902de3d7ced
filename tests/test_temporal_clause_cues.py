"""Words around an expression that are easy to misread: a participle before "until" is a state,
not the clause's verb ("kept the border shut until Sunday"), a bare "is" before a weekday names
a day ahead ("the vote is Tuesday"), and "the day after" before a
gerund is "the day" followed by a clause ("late in the day after falling"), "next year" before a
clause opened by "after"/"before" is still next year. Publication date:
Thursday 18 September 2008. Written for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

THU = date(2008, 9, 18)

#: "until <weekday>" after a participle: the verb group further left decides.
STATES = [
    ("The ministry has decided to keep all ferries docked until Friday.", "Friday",
     "2008-09-19"),
    ("Regulators have ordered the exchange closed until Monday.", "Monday", "2008-09-22"),
    ("Storms kept the pass closed until Sunday.", "Sunday", "2008-09-14"),  # past: kept
    ("The schools remained closed until Friday.", "Friday", "2008-09-12"),
]

#: A bare "is"/"are" (with a preposition) before a weekday names a day ahead (or today).
COPULAS = [
    ("The vote is Tuesday.", "Tuesday", "2008-09-23"),
    ("The funeral is on Saturday, his family said.", "Saturday", "2008-09-20"),
    ("The concert is at 8 pm on Friday.", "8 pm on Friday", "2008-09-19T20:00"),
    ("Polling day is Thursday.", "Thursday", "2008-09-18"),
]

#: "the day after/before" followed by a gerund is "the day".
GERUNDS = [
    ("Shares recovered late in the day after falling sharply.", "the day", "2008-09-18"),
    ("The index closed the day before slipping again in Asia.", "the day", "2008-09-18"),
    ("The talks ended on Monday; the day after, both envoys left.", "the day after",
     "2008-09-16"),
]

#: "next/last/this <unit>" before "before"/"after" opening a clause is still that unit.
CLAUSES = [
    ("He promised a vote next year after the delegates approved the plan.", "next year",
     "2009"),
    ("The yard shut last month before the strike began.", "last month", "2008-08"),
    ("Talks resume this week after envoys return.", "this week", "2008-W38"),
]


@pytest.mark.parametrize("text,span,value", STATES + COPULAS + GERUNDS + CLAUSES)
def test_clause_cue(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=THU)
    assert m.value == value, m.explanation

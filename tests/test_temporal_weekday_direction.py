"""A bare weekday goes forward only on an explicit future cue; otherwise it is the last one on
or before the publication date (Wednesday 13 March 2024), as news mostly report the past."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

WED = date(2024, 3, 13)

PAST = [
    # a modal that is no future cue, without "on"
    ("The ferry could be seen Monday drifting off the cape.", "Monday", "2024-03-11"),
    ("Storm damage could be seen Sunday across the valley.", "Sunday", "2024-03-10"),
    # the weekday before a finite past verb that takes an infinitive
    ("Mayor Ortiz Monday vowed to rebuild the bridge.", "Monday", "2024-03-11"),
    ("The coach Tuesday promised to field a younger side.", "Tuesday", "2024-03-12"),
    # headlines and clauses with no tense at all
    ("Floods cut rail link to coast Tuesday", "Tuesday", "2024-03-12"),
    ("Quake jolts island villages Saturday", "Saturday", "2024-03-09"),
    ("The council approved the budget Thursday.", "Thursday", "2024-03-07"),
    ("The minister might have resigned Friday.", "Friday", "2024-03-08"),
    ("Police said on Wednesday that the road was open.", "Wednesday", "2024-03-13"),
    # "as planned", "as originally scheduled": a comparison, the clause's own verb decides
    ("The relay began as planned Saturday night.", "Saturday night", "2024-03-09TNI"),
    ("The ferry sailed as originally scheduled on Monday.", "Monday", "2024-03-11"),
]

FUTURE = [
    ("The relay will start as planned on Saturday.", "Saturday", "2024-03-16"),
    ("The ferry will sail Friday.", "Friday", "2024-03-15"),
    ("It'll reopen Tuesday.", "Tuesday", "2024-03-19"),
    ("The court is due to rule Thursday.", "Thursday", "2024-03-14"),
    ("Ministers are scheduled to meet Monday.", "Monday", "2024-03-18"),
    ("The team plans to fly home Saturday.", "Saturday", "2024-03-16"),
    ("Polls open Sunday.", "Sunday", "2024-03-17"),
    ("The board gathers again next Tuesday.", "next Tuesday", "2024-03-19"),
    # a weaker future verb of the weekday's own clause, with "on"
    ("The union said it would strike on Friday.", "Friday", "2024-03-15"),
    ("Engineers hope to reopen the tunnel on Sunday.", "Sunday", "2024-03-17"),
]


@pytest.mark.parametrize("text,span,value", PAST)
def test_weekday_without_an_explicit_future_cue_is_past(text: str, span: str, value: str
                                                        ) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", FUTURE)
def test_weekday_with_an_explicit_future_cue_goes_forward(text: str, span: str, value: str
                                                          ) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation


def test_the_explanation_names_the_cue_it_did_not_follow() -> None:
    m = mention("The ferry could be seen Monday drifting off the cape.", "Monday", dct=WED)
    assert "'could be" in m.explanation and "last one on or before" in m.explanation


@pytest.mark.parametrize("text,span,value", [
    # "until <weekday>" ends a state: ahead unless the clause is in the simple past
    ("Schools remain closed until Monday.", "Monday", "2024-03-18"),
    ("Banks are to remain closed until Friday.", "Friday", "2024-03-15"),
    ("The curfew is extended until Sunday.", "Sunday", "2024-03-17"),
    ("The border has been shut until Friday.", "Friday", "2024-03-15"),
    ("The road remained closed until Friday.", "Friday", "2024-03-08"),
    ("Flights were suspended until Tuesday.", "Tuesday", "2024-03-12"),
])
def test_until_a_weekday(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation

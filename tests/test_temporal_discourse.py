"""Discourse rules: nights in past clauses, "the day before <event>", day counts with no
event, eras the text dates itself, and the forms added for news (DCT 2022-05-07, Saturday)."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import mention

from summarize.temporal import tag_text

RULES = [
    # a night in a past clause anchored on the DCT is the night that ended on the DCT
    ("Three soldiers were killed overnight.", "overnight", "2022-05-06TNI"),
    ("Curfew will be enforced overnight.", "overnight", "2022-05-07TNI"),
    ("Shelling went on last night. About 500 people spent the night in a church.",
     "the night", "2022-05-06TNI"),
    # a bare clock time follows the sentence's day only when the tenses agree
    ("The minister, who met them on Thursday, is due to speak at 3 p.m.", "3 p.m.",
     "2022-05-07T15:00"),
    ("They met on Thursday at 3 p.m.", "Thursday at 3 p.m.", "2022-05-05T15:00"),
    ("The march set off shortly after nine and ended at the port.", "shortly after nine",
     "2022-05-07T09:00"),
    ("Polls close before six, officials said.", "before six", "2022-05-07T18:00"),
    # "within" is a length of time, never a date
    ("The deal must be signed within 24 hours.", "24 hours", "PT24H"),
    ("The company signed within the hour.", "the hour", "PT1H"),
    ("The report will be released in 10 days.", "10 days", "2022-05-17"),
    # years in words, months of "last year", fiscal years as spans
    ("Unemployment peaked in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ("He promised to halve it by the year two thousand.", "the year two thousand", "2000"),
    ("It was founded in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "1997-01"),
    ("Pol Pot was arrested in July last year.", "July last year", "2021-07"),
    ("Net income for the year ended March 31 fell.", "the year", "P1Y"),
    ("Revenue rose in the year.", "the year", "2022"),
    # offsets with a hedge
    ("The strike began nearly four years ago.", "nearly four years ago", "2018"),
    ("A week or so ago, the general picked the date.", "A week or so ago", "2022-04-30"),
    # deadlines ahead: "by February" outside a past clause is the next February
    ("The firm plans to repay the loan by February.", "February", "2023-02"),
    ("The firm repaid the loan in February.", "February", "2022-02"),
]


@pytest.mark.parametrize("text,span,value", RULES)
def test_discourse_rules(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


def test_the_day_before_an_event_follows_the_event_not_the_discourse() -> None:
    text = ("Talks to end the strike stalled yesterday. The union said on Monday that it "
            "would accept less. The day before the talks, both sides exchanged proposals.")
    m = mention(text, "The day before")
    assert m.value == "2022-05-05"  # the talks were yesterday, Friday 2022-05-06
    assert "the talks" in m.explanation and "'yesterday'" in m.explanation


def test_bare_the_day_before_still_follows_the_discourse() -> None:
    text = "On May 3, 2022, troops entered the town. The day before, shelling had stopped."
    assert mention(text, "The day before").value == "2022-05-02"


@pytest.mark.parametrize("text,span,value", [
    ("The strike reached its 10th day on Wednesday.", "its 10th day", "2022-05-04"),
    ("The siege, in its 13th day today, shows no sign of ending.", "its 13th day",
     "2022-05-07"),
    ("The walkout rolled on into its 13th day.", "its 13th day", "2022-05-07"),
])
def test_a_count_with_no_event_takes_the_sentence_day(text: str, span: str,
                                                     value: str) -> None:
    m = mention(text, span)
    assert m.value == value and "not known" in m.explanation


def test_the_text_dates_its_own_events() -> None:
    text = ("Since the humanitarian corridor opened yesterday, 1,100 people have arrived. "
            "The siege entered its 11th day today. Patients were moved on the first day of "
            "the corridor.")
    found = {m.text: m for m in tag_text(text, date(2022, 5, 7))}
    assert found["the first day of the corridor"].value == "2022-05-06"
    assert found["the first day of the corridor"].anchor == "era"
    assert found["its 11th day"].value == "2022-05-07"  # the siege's, not the corridor's


def test_a_count_dates_the_start_mentioned_before_it() -> None:
    text = ("The heaviest bombardment since the start of the siege hit the town. "
            "It is day 3 of the siege.")
    found = {m.text: m.value for m in tag_text(text, date(2022, 5, 7))}
    assert found["the start of the siege"] == "2022-05-05"
    assert found["day 3 of the siege"] == "2022-05-07"


@pytest.mark.parametrize("text", [
    "The company kept the night-shift plan.",
    "Investors left as soon as they could.",
    "He resigned soon after the vote.",
    "Prices went up from nine to ten.",
])
def test_not_time_expressions(text: str) -> None:
    assert [m.text for m in tag_text(text, date(2022, 5, 7))] == []

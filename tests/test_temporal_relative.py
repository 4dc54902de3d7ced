"""Deictic, weekday, anaphoric and offset expressions (DCT 2022-05-07, a Saturday, W18)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import mention

DEICTIC = [
    ("The minister spoke today.", "today", "2022-05-07"),
    ("The minister spoke yesterday.", "yesterday", "2022-05-06"),
    ("The minister will speak tomorrow.", "tomorrow", "2022-05-08"),
    ("It started the day before yesterday.", "the day before yesterday", "2022-05-05"),
    ("It resumes the day after tomorrow.", "the day after tomorrow", "2022-05-09"),
    ("Prices rose this week.", "this week", "2022-W18"),
    ("Prices rose last week.", "last week", "2022-W17"),
    ("Prices will rise next week.", "next week", "2022-W19"),
    ("Prices rose last month.", "last month", "2022-04"),
    ("Prices will rise next year.", "next year", "2023"),
    ("Prices rose this year.", "this year", "2022"),
    ("Prices rose last year.", "last year", "2021"),
    # "earlier"/"later" belong to the span (TimeBank's tune half has six of eight "earlier/
    # later this <unit>" so, MEANTIME's its one; samples/ANSWERS.json too); the value is the same
    ("Talks began earlier this week.", "earlier this week", "2022-W18"),
    ("Shelling intensified in recent days.", "recent days", "PAST_REF"),
    ("The plan is now in force.", "now", "PRESENT_REF"),
    ("He recently resigned.", "recently", "PAST_REF"),
    ("She is currently abroad.", "currently", "PRESENT_REF"),
    ("Rates will rise in the near future.", "the near future", "FUTURE_REF"),
    ("The weekend was calm.", "The weekend", "2022-W18-WE"),
    ("He was sacked last Friday.", "last Friday", "2022-05-06"),
    ("They meet next Tuesday.", "next Tuesday", "2022-05-10"),
    ("Police said on Friday that two men died.", "Friday", "2022-05-06"),
    ("Leaders will meet on Tuesday.", "Tuesday", "2022-05-10"),
    ("The summit on Saturday was tense.", "Saturday", "2022-05-07"),
    ("Talks resumed on Monday.", "Monday", "2022-05-02"),
    ("He left this Friday.", "this Friday", "2022-05-06"),
    ("Friday's attack killed four.", "Friday", "2022-05-06"),
    ("Rebels attacked three days ago.", "three days ago", "2022-05-04"),
    ("The firm was sold a year ago.", "a year ago", "2021"),
    ("The report will be released in 10 days.", "10 days", "2022-05-17"),
    ("He arrived two weeks ago.", "two weeks ago", "2022-04-23"),
]


@pytest.mark.parametrize("text,span,value", DEICTIC)
def test_deictic_with_dct(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert m.value == value
    assert m.anchor in ("dct", "discourse")


@pytest.mark.parametrize("text,span,value", [
    ("The minister spoke yesterday.", "yesterday", "XXXX-XX-XX"),
    ("Police said on Friday that two men died.", "Friday", "XXXX-WXX-5"),
    ("The plan is now in force.", "now", "PRESENT_REF"),
    ("Prices rose last year.", "last year", "XXXX"),
    ("Prices rose this week.", "this week", "XXXX-WXX"),
    ("Troops left last night.", "last night", "XXXX-XX-XXTNI"),
])
def test_deictic_without_dct_is_unanchored(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=None)
    assert (m.value, m.anchor, m.interval) == (value, "none", None)


@pytest.mark.parametrize("text,span,value", [
    ("Today, Saturday, the army advanced.", "Today, Saturday", "2022-05-07"),
    ("He died yesterday (Friday) in hospital.", "yesterday (Friday)", "2022-05-06"),
    ("Yesterday, Friday, it rained.", "Yesterday, Friday", "2022-05-06"),
])
def test_appositions_merge_and_agree(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert m.value == value and "agrees with" in m.explanation


def test_apposition_disagreement_is_reported() -> None:
    m = mention("Today, Friday, the army advanced.", "Today, Friday")
    assert m.value == "2022-05-07" and "DISAGREES" in m.explanation


STORY = ("On May 3, 2022, troops entered the town. The day before, shelling had stopped. "
         "The next day, aid arrived. Two days later the mayor returned. That evening "
         "crowds gathered. A week earlier nobody expected it.")


@pytest.mark.parametrize("span,value", [
    ("May 3, 2022", "2022-05-03"),
    ("The day before", "2022-05-02"),   # May 3 minus 1
    ("The next day", "2022-05-03"),     # the day before (May 2) plus 1
    ("Two days later", "2022-05-05"),   # May 3 plus 2
    ("That evening", "2022-05-05TEV"),  # the day under discussion, evening
    ("A week earlier", "2022-04-28"),   # May 5 minus 7
])
def test_anaphora_follow_the_discourse_not_the_dct(span: str, value: str) -> None:
    m = mention(STORY, span, dct=None)
    assert m.value == value
    assert m.anchor in ("discourse", "absolute")


def test_anaphora_without_discourse_fall_back_to_dct() -> None:
    m = mention("The day before, shelling had stopped.", "The day before")
    assert (m.value, m.anchor) == ("2022-05-06", "dct")


def test_anaphoric_week() -> None:
    m = mention("On May 3, 2022 talks began. The following week they failed.",
                "The following week")
    assert m.value == "2022-W19"


def test_explanation_names_anchor_and_arithmetic() -> None:
    m = mention("The minister spoke yesterday.", "yesterday")
    assert m.explanation == "'yesterday' = publication date 2022-05-07 minus 1 day"


TIMES = [
    ("The blast came at 3 p.m.", "3 p.m.", "2022-05-07T15:00"),
    # GMT/UTC: TIMEX3's UTC designator Z, as TimeBank and MEANTIME annotate ("T16:00Z")
    ("Trading halted at 10:30 GMT.", "10:30 GMT", "2022-05-07T10:30Z"),
    ("Troops moved at dawn.", "dawn", "2022-05-07TMO"),
    ("The PM spoke this morning.", "this morning", "2022-05-07TMO"),
    ("The PM speaks tonight.", "tonight", "2022-05-07TNI"),
    ("Sirens sounded last night.", "last night", "2022-05-06TNI"),
    ("Voting ended noon Thursday.", "noon Thursday", "2022-05-05T12:00"),
    ("Voting ends noon Thursday.", "noon Thursday", "2022-05-12T12:00"),  # scheduled: ahead
    ("Shops shut Friday evening.", "Friday evening", "2022-05-06TEV"),
    ("It rained yesterday afternoon.", "yesterday afternoon", "2022-05-06TAF"),
    ("The raid began at 9:45 a.m. on Friday.", "9:45 a.m. on Friday", "2022-05-06T09:45"),
    ("Talks ran until midnight.", "midnight", "2022-05-07T24:00"),
    ("He spoke Thursday at 3 p.m.", "Thursday at 3 p.m.", "2022-05-05T15:00"),
    ("On May 3, 2022 the blast came at 3 p.m.", "3 p.m.", "2022-05-03T15:00"),
]


@pytest.mark.parametrize("text,span,value", TIMES)
def test_times(text: str, span: str, value: str) -> None:
    m = mention(text, span)
    assert (m.value, m.type) == (value, "TIME")


@pytest.mark.parametrize("text,spans,values", [
    ("Talks ran from May 3 to 6.", ("May 3", "6"), ("2022-05-03", "2022-05-06")),
    ("Talks ran 3-6 May 2022.", ("3", "6 May 2022"), ("2022-05-03", "2022-05-06")),
    ("Fighting raged between Monday and Wednesday.", ("Monday", "Wednesday"),
     ("2022-05-02", "2022-05-04")),
])
def test_ranges_are_two_mentions(text: str, spans: tuple[str, str],
                                 values: tuple[str, str]) -> None:
    assert tuple(mention(text, s).value for s in spans) == values


def test_in_n_days_in_past_clause_is_a_duration() -> None:
    m = mention("Prices rose 5% in 10 days.", "10 days")
    assert (m.type, m.value) == ("DURATION", "P10D")


@pytest.mark.parametrize("text,span,value,mod", [
    ("Prices jumped late last year.", "late last year", "2021", "END"),
    ("Sales slumped at the end of the month.", "the end of the month", "2022-05", "END"),
    ("Exports rose early next year.", "early next year", "2023", "START"),
])
def test_modified_relatives(text: str, span: str, value: str, mod: str) -> None:
    m = mention(text, span)
    assert (m.value, m.mod) == (value, mod)

"""Session 14 (phrasings): US "a week ago Monday" (the weekday a week before the last such
weekday, one expression), "this coming weekend" on a weekday (the weekend of the same ISO week,
as "this weekend"), a request or reminder in the imperative ("remind me on thursday to ...",
"set an alarm for wednesday", "can we push it to friday?") naming the day ahead, and a
rescheduling's bare day of the month ("move my dentist appointment to the 19th"). Every
sentence, name and place is invented for this project."""

from __future__ import annotations

from datetime import date

import pytest
from test_temporal_helpers import found, mention

THU = date(2026, 10, 15)  # a Thursday, ISO week 2026-W42
MON = date(2027, 1, 11)  # a Monday, ISO week 2027-W02

WEEKS_AGO = [
    ("A week ago Tuesday the quarry at Velling flooded.", "A week ago Tuesday", "2026-10-06"),
    ("Two weeks ago Saturday, Pellow Rovers won the shield.", "Two weeks ago Saturday",
     "2026-09-26"),
    # told on the weekday itself: a week before "last Thursday" (the convention's "last")
    ("The barge Orrin sank a week ago Thursday.", "a week ago Thursday", "2026-10-01"),
    ("Three weeks ago Sunday the choir gave its last concert.", "Three weeks ago Sunday",
     "2026-09-20"),
]


@pytest.mark.parametrize("text,span,value", WEEKS_AGO)
def test_weeks_ago_weekday(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=THU)
    assert m.value == value, m.explanation


def test_weeks_ago_then_a_new_sentence_stays_two() -> None:
    got = found("The depot shut a week ago. Monday it reopened.", THU)
    assert [t for t, _ in got] == ["a week ago", "Monday"], got


#: (publication date, "this weekend", "this coming weekend" / "the coming weekend", "next
#: weekend") for every weekday of ISO week 2026-W42 (Monday 12 to Sunday 18 October).
WEEKENDS = [
    (date(2026, 10, 12), "2026-W42-WE", "2026-W42-WE", "2026-W43-WE"),
    (date(2026, 10, 13), "2026-W42-WE", "2026-W42-WE", "2026-W43-WE"),
    (date(2026, 10, 14), "2026-W42-WE", "2026-W42-WE", "2026-W43-WE"),
    (date(2026, 10, 15), "2026-W42-WE", "2026-W42-WE", "2026-W43-WE"),
    (date(2026, 10, 16), "2026-W42-WE", "2026-W42-WE", "2026-W43-WE"),
    # on the weekend itself a weekend "coming" is the next one
    (date(2026, 10, 17), "2026-W42-WE", "2026-W43-WE", "2026-W43-WE"),
    (date(2026, 10, 18), "2026-W42-WE", "2026-W43-WE", "2026-W43-WE"),
]


@pytest.mark.parametrize("dct,this,coming,nxt", WEEKENDS)
def test_coming_weekend_is_the_weeks_own_on_a_weekday(dct: date, this: str, coming: str,
                                                      nxt: str) -> None:
    for phrase, want in (("this weekend", this), ("this coming weekend", coming),
                         ("the coming weekend", coming), ("next weekend", nxt)):
        m = mention(f"The Harle Street fair is planned for {phrase}.", phrase, dct=dct)
        assert m.value == want, (phrase, m.explanation)


REQUESTS = [
    ("remind me on thursday to renew the parking permit", "thursday", "2027-01-14"),
    ("remind me to collect the parcel from Dorran's on friday", "friday", "2027-01-15"),
    # told on a Monday: the next Monday, not the day itself
    ("please remind us on monday about the recycling", "monday", "2027-01-18"),
    ("can you set an alarm for wednesday", "wednesday", "2027-01-13"),
    ("hey, set a reminder for saturday to book the vet", "saturday", "2027-01-16"),
    ("ping me on tuesday about the Quillan invoice", "tuesday", "2027-01-12"),
    ("could we push the quiz night to friday?", "friday", "2027-01-15"),
    ("let's move the book club to thursday", "thursday", "2027-01-14"),
]


@pytest.mark.parametrize("text,span,value", REQUESTS)
def test_a_request_names_the_day_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=MON)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text,span,value", [
    ("She reminded me on Friday that the rent was due.", "Friday", "2027-01-08"),
    ("Nobody will remind me. I saw the Fenwicks on Saturday.", "Saturday", "2027-01-09"),
])
def test_told_reminders_stay_behind(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=MON)
    assert m.value == value, m.explanation


MOVED_DAYS = [
    ("move my dentist appointment to the 19th please", "the 19th", "2027-01-19"),
    ("push the plumber to the 4th", "the 4th", "2027-02-04"),
    ("can we change book club to the 28th?", "the 28th", "2027-01-28"),
    ("let's shift the car service to the 22nd, ok?", "the 22nd", "2027-01-22"),
]


@pytest.mark.parametrize("text,span,value", MOVED_DAYS)
def test_a_rescheduled_day_of_the_month_lies_ahead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=MON)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", [
    "The runner Ostley hopes to move up to the 4th place.",
    "We need to move to the 9th floor of the Carrick building.",
    "move the vase to the 3rd shelf",
])
def test_ranks_and_floors_after_move_are_no_days(text: str) -> None:
    assert found(text, MON) == []


@pytest.mark.parametrize("text,span,value", [
    ("a party for gran's birthday on 20 march", "20 march", "2027-03-20"),
    ("drinks at the Wicker on 12 may?", "12 may", "2027-05-12"),
    ("the deposit is due by 3 august.", "3 august", "2027-08-03"),
])
def test_lower_case_month_after_a_day_and_a_preposition(text: str, span: str,
                                                       value: str) -> None:
    m = mention(text, span, dct=MON)
    assert m.value == value, m.explanation


@pytest.mark.parametrize("text", [
    "we rely on 20 march stewards at the gala",
    "counting on 20 may be a stretch",
    "Some 20 march on the town hall.",
])
def test_lower_case_month_words_stay_words(text: str) -> None:
    assert found(text, MON) == []


WED = date(2026, 10, 14)  # a Wednesday, ISO week 2026-W42


@pytest.mark.parametrize("text,span,value", [
    # tickets or seats got, bought or reserved for a day: the event ahead, whatever the tense
    ("we got tickets for saturday night at the Lowther!!", "saturday night", "2026-10-17TNI"),
    ("I bought tickets for Friday, row K.", "Friday", "2026-10-16"),
    ("we reserved seats for sunday", "sunday", "2026-10-18"),
    # a day named "instead": the new day, ahead, unless the clause is past
    ("The depot says Thursday instead.", "Thursday", "2026-10-15"),
    ("The cup tie was played on Thursday instead.", "Thursday", "2026-10-08"),
])
def test_tickets_for_a_day_and_a_day_instead(text: str, span: str, value: str) -> None:
    m = mention(text, span, dct=WED)
    assert m.value == value, m.explanation

"""Time-free posts, session 15 round 3: a lower-case calendar word before a firm's or a shop's
last noun ("april kettle ltd", "tuesday bakery"), before a place's last noun even after "on"
("lives on easter wharf"), or after a lower-case title or a lake's word with no determiner
("dr midnight", "coach sunday", "loch tuesday") is a name, no time. The same words as times
stay: a date cue before a firm's noun, a determiner before the title or the lake, a street or
a market after the day."""

from __future__ import annotations

import pytest
from test_temporal_helpers import found

NO_TIME = [
    # a firm's or a shop's last noun after the calendar word
    "tuesday bakery sourdough is unreal honestly",
    "october brewery pale ale slaps",
    "easter holdings share price is in the bin lol",
    "midsummer dairy oat milk > everything",
    "midnight kettle ltd just went bust apparently",
    "june orchard plc dividend got cut 😭",
    "saturday bistro chips are too salty tbh",
    "three mondays deli does the best sandwiches",
    # a place's last noun, even after "on" or "at"
    "my cousin lives on easter wharf, fancy",
    "parking on friday crescent is a joke",
    "the flats at march terrace have mould again",
    "new mural on sunday avenue looks sick",
    # a lower-case title or a lake's word before the calendar word
    "dr midnight at the walk-in centre is so kind",
    "coach sunday made us run laps in the rain",
    "mrs april from year 6 is retiring 😢",
    "loch tuesday is frozen over, mad",
    "swam in lake saturday and it was freezing",
]


@pytest.mark.parametrize("text", NO_TIME)
def test_lower_case_names_in_posts_are_no_times(text: str) -> None:
    assert found(text) == []


TIMES = [
    ("in october dairy prices went up again", "october"),
    ("the bakery opens at noon", "noon"),
    ("sunday market was rammed", "sunday"),
    ("saturday street party was class", "saturday"),
    ("see you on christmas eve", "christmas eve"),
    ("off to the lake saturday if it's sunny", "saturday"),
    ("the coach monday was late again", "monday"),
    ("booked dr patel for tuesday", "tuesday"),
    ("cafe sunday morning?", "sunday morning"),
]


@pytest.mark.parametrize("text,span", TIMES)
def test_the_same_words_as_times_stay(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]


MONTH_PEOPLE = [
    "me and april were at uni together",
    "you and may have to meet, you'd get on",
    "me and october went halves on the pizza",
    "him & june are a cute couple ngl",
    "anna may brennan's new podcast is so good",
    "loving david august kerr's paintings",
]


@pytest.mark.parametrize("text", MONTH_PEOPLE)
def test_a_lower_case_month_between_people_is_a_name(text: str) -> None:
    assert found(text) == []


MONTH_TIMES = [
    ("me and my mum in june are off to spain", "june"),
    ("told anna june's rent was due", "june"),
    ("me and you in april, deal", "april"),
]


@pytest.mark.parametrize("text,span", MONTH_TIMES)
def test_a_lower_case_month_near_people_stays_a_time(text: str, span: str) -> None:
    assert span in [t for t, _ in found(text)]


def test_a_hyphenated_word_after_is_no_firms_suffix() -> None:
    """ "and co-ordination" after a phrase is no firm's "co"/"ltd": the time stays."""
    assert found("we will send help as soon as possible and co-ordination is vital") != []

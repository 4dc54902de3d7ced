"""Session 28's chat forms: lower-case weekday abbreviations in a chat's questions and plans
("can we swap to sat instead?", "yoga mon?", "did the recycling go out mon?"), "mon wk" (a
chat's "Monday week"), "the wk/wknd after next", "a week tmrw", "good fri", a holiday's "wknd",
"april fools day" without its apostrophe, and weekdays inside names (a given name and a
weekday after a person's title; a weekday before a brook's or a pond's name). Every sentence is
written for this project; each table holds cases that fail on the code before the session and
same-shape cases that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from temporal_found import found as _found

# Wednesday 20 March 2024; Wednesday 17 April 2024; Friday 6 September 2024.
MAR = date(2024, 3, 20)
WED = date(2024, 4, 17)
FRI = date(2024, 9, 6)

# --- a chat's lower-case abbreviations: text, dct, span, value ---------------------------------
CHAT_ABBREVIATIONS = [
    ("could we shift the dentist to mon instead?", WED, "mon", "2024-04-22"),
    ("can we bump brunch to sat?", WED, "sat", "2024-04-20"),
    ("what about weds x", FRI, "weds", "2024-09-11"),
    ("how about sat?", WED, "sat", "2024-04-20"),
    ("r u free mon?", FRI, "mon", "2024-09-09"),
    ("is the chippy open mon?", WED, "mon", "2024-04-22"),
    ("pilates mon?", WED, "mon", "2024-04-22"),
    ("yoga weds?", FRI, "weds", "2024-09-11"),
    ("did the recycling go out mon?", WED, "mon", "2024-04-15"),
    ("anyone around sat?", FRI, "sat", "2024-09-07"),
]

# must stay untagged: the verbs "wed" and "sat", "mon" as a word, a sat nav
NOT_CHAT_ABBREVIATIONS = [
    "my cousin and her fiance plan to wed.",
    "we switched to sat nav.",
    "the kids ran out, sat and waited.",
    "the gym sat empty all week.",
    "yeah mon!",
    "you ok mon?",
    "what about wed?",
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CHAT_ABBREVIATIONS)
def test_chat_abbreviation_is_the_weekday(text, dct, span, value) -> None:
    found = _found(text, dct)
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize("text", NOT_CHAT_ABBREVIATIONS)
def test_verb_or_word_abbreviation_stays_untagged(text) -> None:
    assert _found(text, WED) == {}


# --- "mon wk", "the wk after next", "a week tmrw": text, dct, span, value ----------------------
CHAT_RELATIVES = [
    ("mon wk for the boiler service?", FRI, "mon wk", "2024-09-16"),
    ("thurs wk works for me", WED, "thurs wk", "2024-04-25"),
    ("Fri fortnight we fly out", WED, "Fri fortnight", "2024-05-03"),
    ("the wk after next is the school trip", WED, "the wk after next", "2024-W18"),
    ("the wknd after next we're camping", FRI, "the wknd after next", "2024-W38-WE"),
    ("a week tmrw the builders start", WED, "a week tmrw", "2024-04-25"),
    ("two wks 2moro its her bday", WED, "two wks 2moro", "2024-05-02"),
    ("a week yesterday the puppy came home", WED, "a week yesterday", "2024-04-09"),
]

# must keep their reading
CHAT_RELATIVES_KEPT = [
    ("Monday week for the boiler service?", FRI, "Monday week", "2024-09-16"),
    ("the week after next is the school trip", WED, "the week after next", "2024-W18"),
    ("a week tomorrow the builders start", WED, "a week tomorrow", "2024-04-25"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CHAT_RELATIVES + CHAT_RELATIVES_KEPT)
def test_chat_relative_days(text, dct, span, value) -> None:
    found = _found(text, dct)
    assert found.get(span) == ("DATE", value), found


def test_a_length_yesterday_stays_a_length() -> None:
    found = _found("It rained for a week yesterday.", WED)
    assert found == {"a week": ("DURATION", "P1W"), "yesterday": ("DATE", "2024-04-16")}, found


@pytest.mark.parametrize("text", ["my bank hol pay came through", "the bank hols are over",
                                  "a bank hol wknd in the rain is grim"])
def test_bank_hol_without_the_or_weekend_is_no_holiday(text) -> None:
    assert _found(text, WED) == {}


@pytest.mark.parametrize("text", ["we sat week after week in that office",
                                  "the sun week after week scorched the crops"])
def test_verb_before_week_is_no_day(text) -> None:
    assert _found(text, WED) == {}


# --- holidays in a chat's spellings: text, dct, span, value ------------------------------------
CHAT_HOLIDAYS = [
    ("is the tip open good fri?", MAR, "good fri", "2024-03-29"),
    ("Good Fri we're at my mums", MAR, "Good Fri", "2024-03-29"),
    ("memorial day wknd at the cabin?", WED, "memorial day wknd", "2024-W21-WE"),
    ("labor day wknd we're driving up", WED, "labor day wknd", "2024-W35-WE"),
    ("april fools day pranks r banned in this house", MAR, "april fools day", "2024-04-01"),
    ("April Fools Day is a nightmare for teachers", MAR, "April Fools Day", "2024-04-01"),
    ("bank hol wknd at the caravan", MAR, "bank hol wknd", "2024-W13-WE"),
    ("shut for the bank hol x", date(2024, 5, 1), "the bank hol", "2024-05-06"),
    ("bank hol monday bbq?", date(2024, 5, 1), "bank hol monday", "2024-05-06"),
]


@pytest.mark.parametrize(("text", "dct", "span", "value"), CHAT_HOLIDAYS)
def test_chat_holiday_spellings(text, dct, span, value) -> None:
    found = _found(text, dct)
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize(("text", "span", "value"), [
    ("have a good fri x", "fri", "2024-04-19"),  # a wish: the coming Friday, no holiday
    ("have a good friday everyone", "friday", "2024-04-19"),
])
def test_a_wish_for_a_good_friday_is_the_weekday(text, span, value) -> None:
    found = _found(text, WED)
    assert found == {span: ("DATE", value)}, found


# --- weekdays inside names --------------------------------------------------------------------
NAMES = [
    "The appeal went before Judge Ifeoma Monday in Enugu.",
    "Counsel for Judge Tobenna Friday, who sat alone, declined to comment.",
    "The trail follows Sunday Brook to the old mill.",
    "Ducks nest on Tuesday Pond by the church.",
]

# must stay dates: a surname before a weekday and a verb, a storm's name, a plain street word
NAMES_KEPT = [
    ("Judge Okonkwo Monday ruled the levy unlawful.", "Monday", "2024-04-15"),
    ("Storm Imelda Sunday flattened fences across the county.", "Sunday", "2024-04-14"),
    ("Officials walked the brook on Tuesday.", "Tuesday", "2024-04-16"),
]


@pytest.mark.parametrize("text", NAMES)
def test_weekday_in_a_name_is_no_date(text) -> None:
    assert _found(text, WED) == {}


@pytest.mark.parametrize(("text", "span", "value"), NAMES_KEPT)
def test_weekday_beside_a_name_stays_a_date(text, span, value) -> None:
    found = _found(text, WED)
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize("text", [
    "The pump ran for the first time in three weeks yesterday.",
    "Shares rose within two weeks yesterday, traders said.",
])
def test_a_length_before_yesterday_is_no_offset(text) -> None:
    """Found in the read of session 28: "in three weeks yesterday" is a length and the day."""
    found = _found(text, WED)
    assert found.get("yesterday") == ("DATE", "2024-04-16"), found
    assert not any(k.endswith("weeks yesterday") for k in found), found

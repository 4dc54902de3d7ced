"""A lone capitalised month or weekday that opens its sentence before a verb of speech ("June
texted...", "Saturday says...") or a month that is the object of a verb taking a person ("invite
August", "ping April") is a person's name, no time (session 13); months after prepositions and
days that a speaker names stay dates (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

PEOPLE = [
    "June texted to say the van is fixed",
    "Saturday says the cake is in the oven x",
    "can you invite August to the barbecue chat",
    "ping April about the spare tickets",
    "remember to thank June for the lift",
    "April replied that she had lost the keys.",
]


@pytest.mark.parametrize("text", PEOPLE)
def test_a_calendar_word_as_a_person_is_no_time(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ("June said on Monday that the van was fixed.", "Monday", "2022-05-02"),
    ("The council said in June that rents would rise.", "June", "2022-06"),
    ("Sales rose in April, the bakery said.", "April", "2022-04"),
    ("Officials said Friday that the bridge would reopen.", "Friday", "2022-05-06"),
    ("Invite everyone for August 14.", "August 14", "2022-08-14"),
    ("The launch moved to April.", "April", "2022-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_dates_beside_speech_and_people_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

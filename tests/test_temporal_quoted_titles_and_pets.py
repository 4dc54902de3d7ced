"""A calendar word inside quotes that hold a Title Case run ('"Saturday Supper"') is a title,
and one after a pet's noun and its name's link ("a kitten called April", "our dog, Friday,") is
a pet's name: no time in either (session 13); a quoted date after a preposition and a day after
a pet's noun with no link stay dates (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT

from summarize.temporal import tag_text

NO_TIMES = [
    'He played the lead in "Saturday Supper" at the Gable.',
    "Her new record, 'Early December', climbed the chart.",
    "Our kitten is called August and hates the rain.",
    "Their dog, Tuesday, chased the postman.",
    "They named the pony Christmas because of his white blaze.",
    "a tortoise called Midnight lives in the garden",
]


@pytest.mark.parametrize("text", NO_TIMES)
def test_quoted_titles_and_pets_are_no_times(text: str) -> None:
    assert [(m.text, m.value) for m in tag_text(text, DCT)] == []


TIMES = [
    ('The poster read "Fair Opens on Saturday".', "Saturday", "2022-05-07"),
    ('She said "see you Monday" and left.', "Monday", "2022-05-09"),
    ("I walk the dog Monday and Friday.", "Monday", "2022-05-02"),
    ("The dog show, Sunday, drew big crowds.", "Sunday", "2022-05-01"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMES)
def test_quoted_dates_and_days_near_pets_stay(text: str, span: str, value: str) -> None:
    assert (span, value) in [(m.text, m.value) for m in tag_text(text, DCT)]

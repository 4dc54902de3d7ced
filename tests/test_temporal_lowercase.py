"""Lower-case month and weekday names (headlines, posts, transcripts), and the words they can
also be ("you may", "they march", "an august body", "he sat") (DCT Saturday 2022-05-07)."""

from __future__ import annotations

import pytest
from test_temporal_helpers import DCT, mention

from summarize.temporal import tag_text

ROWS = [
    # (text, span, value)
    ("ferry strike called off in january", "january", "2022-01"),
    ("council to vote on october 3", "october 3", "2022-10-03"),
    ("prices fell 2% in september 2021", "september 2021", "2021-09"),
    ("the 15th of february was cold", "15th of february", "2022-02-15"),
    ("rally planned for may 21", "may 21", "2022-05-21"),
    ("may 3: crowds gather at the pier", "may 3", "2022-05-03"),
    ("the bridge closed on march 2, 2021", "march 2, 2021", "2021-03-02"),
    ("a dock fire broke out on aug 30", "aug 30", "2021-08-30"),
    ("results came out feb 18", "feb 18", "2022-02-18"),
    ("the fair opened sat, apr 30", "sat, apr 30", "2022-04-30"),
    ("the pier reopens monday", "monday", "2022-05-09"),
    # a note with no verb but the greeting is a plan: the Friday ahead (was 2022-05-06, the
    # news reading of an untensed weekday, before notes were told apart)
    ("see you on friday", "friday", "2022-05-13"),
    ("last thursday the ferry sank", "last thursday", "2022-05-05"),
    ("LOCKOUT ENDS AFTER MAY 2 TALKS", "MAY 2", "2022-05-02"),
]


@pytest.mark.parametrize("text,span,value", ROWS)
def test_lower_case_names(text: str, span: str, value: str) -> None:
    assert mention(text, span).value == value


@pytest.mark.parametrize("text,phrase", [
    ("they may 3 times refuse", "may"),
    ("you may march 5 miles", "march"),
    ("students march 20 km to the capital", "march"),
    ("an august body of judges met", "august"),
    ("he sat 5 rows from the front", "sat"),
    ("the sun rose over the pier", "sun"),
    ("we wed in june", "wed"),
    ("the jan team won", "jan"),
])
def test_words_that_are_not_names(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert [m.text for m in tag_text(text, DCT) if m.start <= at < m.end] == []
